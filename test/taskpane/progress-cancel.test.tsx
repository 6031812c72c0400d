import "./setup-dom";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { reviewInPane, type ReviewInPane } from "../../src/taskpane/flow/pane-review";
import { applyOver, prepareOver } from "../../src/taskpane/flow/review-runner";
import { createFakePort } from "./fake-port";
import { AS_OF, fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";

/** The real review, counting the reviews that started and those that got through to a plan. */
function countingReview(): { review: ReviewInPane; calls: { started: number; planned: number } } {
  const calls = { started: 0, planned: 0 };
  return {
    calls,
    review: async (raw, request, control) => {
      calls.started += 1;
      const outcome = await reviewInPane(raw, request, control);
      calls.planned += 1;
      return outcome;
    },
  };
}

describe("progress and Cancel", () => {
  it("shows a labelled progress bar while reading, and Cancel stops before anything is reviewed or written", async () => {
    const port = createFakePort({ raw: fixtureWorkbook(), holdRead: true });
    const { review, calls } = countingReview();
    renderPane({ port, review });
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
    expect(calls.planned).toBe(0);
    expect(port.applied).toHaveLength(0);
  });

  it("an abort after the read finished still stops before the review and the write", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    const { review, calls } = countingReview();
    const controller = new AbortController();
    const reading = prepareOver(port, review, {
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
    expect(calls.started).toBe(0);
    expect(calls.planned).toBe(0);
    expect(port.applied).toHaveLength(0);
  });

  it("a review cancelled after its preview is never applied", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    const controller = new AbortController();
    const outcome = await prepareOver(port, reviewInPane, {
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
      applyOver(port, outcome.prepared, controller.signal, () => undefined)
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(port.applied).toHaveLength(0);
  });
});
