import "./setup-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createFakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";

async function runReview() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Run review" }));
  });
  await screen.findByRole("heading", { name: "Preview: what the review will write" });
}

describe("preview before anything is written", () => {
  it("counts customers per grade: A 2 (C1, C5), B 1, C 1, D 1, none 1 (C6 at 44 % coverage)", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port });
    await runReview();
    expect(screen.getByTestId("grade-count-A")).toHaveTextContent("2");
    expect(screen.getByTestId("grade-count-B")).toHaveTextContent("1");
    expect(screen.getByTestId("grade-count-C")).toHaveTextContent("1");
    expect(screen.getByTestId("grade-count-D")).toHaveTextContent("1");
    expect(screen.getByTestId("grade-count-none")).toHaveTextContent("1");
    // Against the log: C1 B → A is the only grade move; C1 rises, C2 falls; C4 and C6 are new.
    expect(
      screen.getByText("6 customers: 1 change grade, 1 limits rise, 1 limits fall, 2 new.")
    ).toBeInTheDocument();
    expect(port.applied).toHaveLength(0);
  });

  it("shows a limit that falls with its reason: C2 600,000 → 450,000 because of a 70-day overdue invoice", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port });
    await runReview();
    const grid = screen.getByRole("grid", { name: "Changes in grade, limit and terms" });
    const row = within(grid).getByTestId("change-row-C2");
    // 300,000 of orders × 200 % = 600,000, then REDUCE one band: × 150 % = 450,000; terms 90 → 60.
    expect(row).toHaveTextContent("600,000.00 → 450,000.00");
    expect(row).toHaveTextContent("B → B");
    expect(row).toHaveTextContent("90 days → 60 days");
    expect(row).toHaveTextContent("Oldest overdue invoice is 60 days or more");
    // The unchanged customer C5 (A, 450,000, 120 days both times) is not listed.
    expect(within(grid).queryByTestId("change-row-C5")).not.toBeInTheDocument();
    // C1 rises from 600,000 to 400,000 × 300 % = 1,200,000, grade B → A.
    expect(within(grid).getByTestId("change-row-C1")).toHaveTextContent(
      "600,000.00 → 1,200,000.00"
    );
    expect(within(grid).getByTestId("change-row-C1")).toHaveTextContent("Grade B → A");
    expect(within(grid).getByTestId("change-row-C4")).toHaveTextContent("New customer");
  });

  it("lists who is suspended, with the reasons in words", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port });
    await runReview();
    const list = screen.getByRole("list", { name: "Customers whose credit is suspended" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(list).toHaveTextContent("C3 Gamma Co");
    expect(list).toHaveTextContent("Oldest overdue invoice is 90 days or more");
  });

  it("writes only on Apply, once, the plan the preview showed", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port });
    await runReview();
    expect(port.applied).toHaveLength(0);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    await waitFor(() => expect(screen.getByText("Review written")).toBeInTheDocument());
    expect(port.applied).toHaveLength(1);
    const customerBlock = port.applied[0].columnBlocks.find((block) => block.role === "customers");
    expect(customerBlock?.sheet).toBe("Customers");
  });

  it("says one Ctrl+Z undoes the review only where Excel merges it into one undo step", async () => {
    for (const undoInOneStep of [true, false]) {
      const port = createFakePort({ raw: fixtureWorkbook() });
      const view = renderPane({ port, extra: { undoInOneStep } });
      await runReview();
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Apply" }));
      });
      await waitFor(() => expect(screen.getByText("Review written")).toBeInTheDocument());
      const oneStep = screen.queryByText("One Ctrl+Z (⌘Z on a Mac) undoes what the review wrote.");
      const stepwise = screen.queryByText(/cannot undo the review in one step/);
      expect([oneStep !== null, stepwise !== null]).toEqual([undoInOneStep, !undoInOneStep]);
      view.unmount();
    }
  });

  it("Cancel on the preview discards the review: nothing is written", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port });
    await runReview();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByText("The review was cancelled. Nothing was written.")).toBeInTheDocument();
    expect(port.applied).toHaveLength(0);
  });
});
