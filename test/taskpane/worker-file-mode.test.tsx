/**
 * File mode with the review in a worker: the pane hands the chosen file to the worker, shows its
 * progress, previews and applies what it sends back, and Cancel ends the worker. The real worker
 * host runs in-process (jsdom has no Worker); messages are cloned as a browser clones them.
 */
import "./setup-dom";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { XlsxFileError } from "../../src/file/xlsx-file-error";
import type { XlsxFileApi } from "../../src/taskpane/ports/file-port";
import { createMemorySettings } from "../../src/taskpane/ports/memory-settings";
import { createWorkerRunner, WORKER_FAILED } from "../../src/taskpane/worker/worker-runner";
import type { OutputPlan } from "../../src/workbook/plan";
import type { RawWorkbook } from "../../src/workbook/raw";
import { EMPTY_RAW } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { inProcessWorkerFactory } from "./in-process-worker";
import { reviewInPane } from "../../src/taskpane/flow/pane-review";
import { renderPane } from "./render-pane";

/** The reader and writer stand-in: opens the fixture (or waits, or refuses), writes the plan count. */
function library(open: () => Promise<RawWorkbook>): XlsxFileApi<OutputPlan[]> {
  return {
    open: async () => ({ raw: await open(), book: [] }),
    apply: async (book, plan) => {
      book.push(plan);
    },
    write: async (book) => new Uint8Array([book.length, 7]),
  };
}

function renderWorkerFileMode(api: XlsxFileApi<OutputPlan[]>) {
  const workers = inProcessWorkerFactory(api, reviewInPane);
  const runner = createWorkerRunner(workers.spawn);
  const downloads: { name: string; bytes: number[] }[] = [];
  renderPane({
    // The pane never reads through this port in file mode: the runner below does the work.
    port: { settings: createMemorySettings(), read: async () => EMPTY_RAW, apply: async () => {} },
    host: "browser",
    extra: {
      runner,
      chooseFile: (file) => runner.choose(file),
      download: async () => {
        const reviewed = runner.reviewed();
        if (reviewed) downloads.push({ name: reviewed.name, bytes: [...reviewed.bytes] });
      },
    },
  });
  return { workers, downloads };
}

async function chooseLedger() {
  const file = new File([new Uint8Array([80, 75, 3, 4])], "ledger.xlsx");
  fireEvent.change(screen.getByLabelText("Choose file"), { target: { files: [file] } });
  await screen.findByText("Chosen: ledger.xlsx");
}

async function clickButton(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("file mode through the review worker", () => {
  it("starts one worker on the first run, reviews the chosen file there and downloads what it wrote", async () => {
    const { workers, downloads } = renderWorkerFileMode(library(async () => fixtureWorkbook()));
    await chooseLedger();
    expect(workers.spawned).toHaveLength(0); // nothing is started before a review is asked for

    await clickButton("Run review");
    await screen.findByRole("heading", { name: "Preview: what the review will write" });
    // Graded in the worker, shown by the pane: all 18 factors at 9 and 9.5 → scores 90 and 95
    // (A), 8 → 80 (B), 7 → 70 (C), 5 → 50 (D); C6 has 44 % of the weight rated, so no grade.
    const counts = ["A", "B", "C", "D", "none"].map(
      (grade) => screen.getByTestId(`grade-count-${grade}`).textContent
    );
    expect(counts).toEqual(["2", "1", "1", "1", "1"]);

    await clickButton("Apply");
    await screen.findByRole("button", { name: "Download reviewed workbook" });
    await clickButton("Download reviewed workbook");
    await waitFor(() =>
      expect(downloads).toEqual([{ name: "ledger.reviewed.xlsx", bytes: [1, 7] }])
    );
    expect(workers.spawned).toHaveLength(1);
    expect(workers.spawned[0].received).toEqual(["choose", "prepare", "apply"]);
  });

  it("Cancel terminates the worker mid-read; the next run starts a new worker with the same file", async () => {
    let opens = 0;
    const { workers } = renderWorkerFileMode(
      library(() => {
        opens += 1;
        // The first read never ends, like a parse stuck in a hostile file.
        return opens === 1
          ? new Promise<RawWorkbook>(() => undefined)
          : Promise.resolve(fixtureWorkbook());
      })
    );
    await chooseLedger();
    await clickButton("Run review");
    await screen.findByRole("progressbar", { name: "Reading the workbook" });
    await waitFor(() => expect(opens).toBe(1));

    await clickButton("Cancel");
    expect(
      await screen.findByText("The review was cancelled. Nothing was written.")
    ).toBeInTheDocument();
    expect(workers.spawned[0].terminated).toBe(true);

    await clickButton("Run review");
    await screen.findByRole("heading", { name: "Preview: what the review will write" });
    expect(workers.spawned).toHaveLength(2);
    expect(workers.spawned[1].received).toEqual(["choose", "prepare"]);
  });

  it("a file the worker refuses is reported with the file error's words and its own sentence", async () => {
    const sentence = "ledger.xlsx is damaged and cannot be read: the zip directory ends early.";
    renderWorkerFileMode(
      library(async () => {
        throw new XlsxFileError("CORRUPT", sentence);
      })
    );
    await chooseLedger();
    await clickButton("Run review");
    expect(
      await screen.findByText("The workbook file is damaged and cannot be read.")
    ).toBeInTheDocument();
    expect(screen.getByText(sentence)).toBeInTheDocument();
  });

  it("a worker that dies is reported, not waited on for ever", async () => {
    const { workers } = renderWorkerFileMode(
      library(() => new Promise<RawWorkbook>(() => undefined))
    );
    await chooseLedger();
    await clickButton("Run review");
    await screen.findByRole("progressbar", { name: "Reading the workbook" });
    await act(async () => workers.spawned[0].crash("out of memory"));
    expect(await screen.findByText(`${WORKER_FAILED}: out of memory.`)).toBeInTheDocument();
    expect(workers.spawned[0].terminated).toBe(true);
  });
});
