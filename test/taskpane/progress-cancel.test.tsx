import "./setup-dom";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { ReviewPipeline } from "../../src/taskpane/flow/review-pipeline";
import { applyPrepared, prepareReview } from "../../src/taskpane/flow/review-flow";
import { createFakePort } from "./fake-port";
import { AS_OF, fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";
import { testPipeline } from "./test-pipeline";

/** The real pipeline, counting how often each step ran. */
function countingPipeline(): { pipeline: ReviewPipeline; calls: Record<string, number> } {
  const real = testPipeline();
  const calls: Record<string, number> = { readWorkbook: 0, review: 0, planReview: 0 };
  return {
    calls,
    pipeline: {
      ...real,
      readWorkbook: (...args) => {
        calls.readWorkbook += 1;
        return real.readWorkbook(...args);
      },
      review: (...args) => {
        calls.review += 1;
        return real.review(...args);
      },
      planReview: (...args) => {
        calls.planReview += 1;
        return real.planReview(...args);
      },
    },
  };
}

describe("progress and Cancel", () => {
  it("shows a labelled progress bar while reading, and Cancel stops before anything is reviewed or written", async () => {
    const port = createFakePort({ raw: fixtureWorkbook(), holdRead: true });
    const { pipeline, calls } = countingPipeline();
    renderPane({ port, pipeline });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Run review" }));
    });
    const bar = await screen.findByRole("progressbar", { name: "Reading the workbook" });
    expect(bar).toBeInTheDocument();
    expect(screen.getByText("1 of 3")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run review" })).toBeDisabled();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    });
    port.release();
    await waitFor(() =>
      expect(screen.getByText("The review was cancelled. Nothing was written.")).toBeInTheDocument()
    );
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(calls.review).toBe(0);
    expect(calls.planReview).toBe(0);
    expect(port.applied).toHaveLength(0);
  });

  it("an abort after the read finished still stops before the review and the write", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    const { pipeline, calls } = countingPipeline();
    const controller = new AbortController();
    const reading = prepareReview(port, pipeline, {
      asOf: AS_OF,
      locale: "en-US",
      mapping: {},
      savedPolicy: null,
      signal: controller.signal,
      // The read reports its last step; Cancel is pressed at that moment.
      onProgress: (update) => {
        if (update.done === update.total) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    expect(calls.readWorkbook).toBe(0);
    expect(calls.review).toBe(0);
    expect(port.applied).toHaveLength(0);
  });

  it("a review cancelled after its preview is never applied", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    const controller = new AbortController();
    const outcome = await prepareReview(port, testPipeline(), {
      asOf: AS_OF,
      locale: "en-US",
      mapping: {},
      savedPolicy: null,
      signal: controller.signal,
      onProgress: () => undefined,
    });
    if (outcome.kind !== "preview") throw new Error("expected a preview");
    controller.abort();
    await expect(
      applyPrepared(port, outcome.prepared, controller.signal, () => undefined)
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(port.applied).toHaveLength(0);
  });
});
