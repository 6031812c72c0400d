import "./setup-dom";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import {
  createFilePort,
  type ReviewedFile,
  type XlsxFileApi,
} from "../../src/taskpane/ports/file-port";
import { createMemorySettings } from "../../src/taskpane/ports/memory-settings";
import type { OutputPlan } from "../../src/workbook/plan";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";

/** The spreadsheet library stand-in: reads the fixture, records applied plans, writes their count. */
const library: XlsxFileApi<OutputPlan[]> = {
  open: async () => ({ raw: fixtureWorkbook(), book: [] }),
  apply: async (book, plan) => {
    book.push(plan);
  },
  write: async (book) => new Uint8Array([book.length]),
};

function renderFileMode() {
  const port = createFilePort(createMemorySettings(), async () => library);
  const downloads: ReviewedFile[] = [];
  renderPane({
    port,
    host: "browser",
    extra: {
      chooseFile: (file) => port.choose(file),
      download: async () => {
        const reviewed = await port.reviewed();
        if (reviewed) downloads.push(reviewed);
      },
    },
  });
  return { port, downloads };
}

describe("file mode", () => {
  it("asks for a file first, then reviews it, applies, and offers the reviewed copy for download", async () => {
    const { downloads } = renderFileMode();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Run review" }));
    });
    expect(await screen.findByText("Choose an .xlsx file first.")).toBeInTheDocument();

    const file = new File([new Uint8Array([80, 75, 3, 4])], "ledger.xlsx");
    fireEvent.change(screen.getByLabelText("Choose file"), { target: { files: [file] } });
    expect(await screen.findByText("Chosen: ledger.xlsx")).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    });
    await screen.findByRole("heading", { name: "Preview: what the review will write" });
    expect(
      screen.getByText(/Click a customer in the preview or the aging table/)
    ).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    const download = await screen.findByRole("button", { name: "Download reviewed workbook" });
    await act(async () => {
      fireEvent.click(download);
    });
    await waitFor(() =>
      expect(downloads).toEqual([{ name: "ledger.reviewed.xlsx", bytes: new Uint8Array([1]) }])
    );
  });

  it("refuses a file above the size limit from its size alone, before reading a byte of it", async () => {
    const { port } = renderFileMode();
    const huge = new File([new Uint8Array([80, 75, 3, 4])], "huge.xlsx");
    // 300 MB claimed, 4 bytes held: only the size may be consulted.
    Object.defineProperty(huge, "size", { value: 300 * 1024 * 1024 });
    const read = jest.spyOn(huge, "arrayBuffer");
    fireEvent.change(screen.getByLabelText("Choose file"), { target: { files: [huge] } });
    expect(
      await screen.findByText(
        "The file is too large to review here. huge.xlsx is 300 MB, larger than the 200 MB limit for a workbook."
      )
    ).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
    expect(port.chosenName()).toBeNull();

    // A file of the limit exactly is taken.
    const atLimit = new File([new Uint8Array([80, 75, 3, 4])], "ledger.xlsx");
    Object.defineProperty(atLimit, "size", { value: 200 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText("Choose file"), { target: { files: [atLimit] } });
    expect(await screen.findByText("Chosen: ledger.xlsx")).toBeInTheDocument();
    expect(port.chosenName()).toBe("ledger.xlsx");
  });
});
