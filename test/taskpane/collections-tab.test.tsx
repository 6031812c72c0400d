/**
 * The Collections tab, the explain panel's log lines and Simulate, rendered in the pane on the
 * workbook of collections-workbook.ts (numbers worked out there).
 */
import "./setup-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { collectionsWorkbook } from "./collections-workbook";
import { createFakePort, type FakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane, reviewNotExpected } from "./render-pane";

async function reviewThenOpen(port: FakePort, tab: string) {
  renderPane({ port, host: "browser" });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Run review" }));
  });
  await screen.findByRole("heading", { name: "Preview: what the review will write" });
  fireEvent.click(screen.getByRole("tab", { name: tab }));
}

const rowIds = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole("row")
    .slice(1)
    .map((row) => row.getAttribute("data-testid"));

describe("collections tab", () => {
  it("lists the worklist by priority, and a filter chip narrows it to its count", async () => {
    await reviewThenOpen(createFakePort({ raw: collectionsWorkbook() }), "Collections");
    const grid = await screen.findByRole("grid", {
      name: "Collection worklist, highest priority first",
    });
    expect(
      within(grid)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent)
    ).toEqual([
      "Customer",
      "Next action",
      "Due",
      "Overdue",
      "Of which disputed",
      "Promise",
      "Last contact",
      "Grade",
      "Status",
    ]);
    expect(rowIds(grid)).toEqual([
      "worklist-row-C2",
      "worklist-row-C4",
      "worklist-row-C1",
      "worklist-row-C5",
      "worklist-row-C3",
    ]);
    const c4 = screen.getByTestId("worklist-row-C4");
    expect(c4).toHaveTextContent("8,000.00 by 2026-06-05, broken");
    expect(c4).toHaveTextContent("1 broken in the window");
    expect(screen.getByTestId("worklist-row-C5")).toHaveTextContent("Check the promise to pay");
    expect(screen.getByTestId("worklist-row-C5")).toHaveTextContent("2026-06-27, Call, Ms Chan");
    expect(screen.getByTestId("worklist-row-C3")).toHaveTextContent("Resolve the dispute");
    expect(screen.getByTestId("worklist-row-C3")).toHaveTextContent("20,000.00");

    const chips = within(screen.getByRole("group", { name: "Show" }));
    expect(chips.getByRole("button", { name: "All (5)" })).toHaveAttribute("aria-pressed", "true");
    fireEvent.click(chips.getByRole("button", { name: "Due today (3)" }));
    expect(rowIds(screen.getByRole("grid", { name: /Collection worklist/ }))).toEqual([
      "worklist-row-C2",
      "worklist-row-C4",
      "worklist-row-C1",
    ]);
    fireEvent.click(chips.getByRole("button", { name: "Disputed (1)" }));
    expect(rowIds(screen.getByRole("grid", { name: /Collection worklist/ }))).toEqual([
      "worklist-row-C3",
    ]);
    fireEvent.click(chips.getByRole("button", { name: "Broken promises (1)" }));
    expect(rowIds(screen.getByRole("grid", { name: /Collection worklist/ }))).toEqual([
      "worklist-row-C4",
    ]);
  });

  it("explains a customer's Collection Log lines, newest first", async () => {
    await reviewThenOpen(createFakePort({ raw: collectionsWorkbook() }), "Collections");
    await screen.findByRole("grid", { name: /Collection worklist/ });
    fireEvent.click(screen.getByRole("button", { name: "C5 Epsilon Inc" }));
    const log = await screen.findByRole("grid", { name: "Collection Log lines of this customer" });
    const lines = within(log).getAllByRole("row").slice(1);
    expect(lines.map((line) => line.textContent)).toEqual([
      "2026-06-27CallINV-5Ms Chan10,000.00 by 2026-07-05Will pay next week",
      "2026-06-10E-mailall invoicesMs ChanStatement sent",
    ]);
  });

  it("asks for a review before there is one", async () => {
    renderPane({ port: createFakePort(), review: reviewNotExpected });
    fireEvent.click(screen.getByRole("tab", { name: "Collections" }));
    expect(
      await screen.findByText("Run a review to see the collection worklist.")
    ).toBeInTheDocument();
  });

  it("says how to add a Collection Log when the review had none", async () => {
    await reviewThenOpen(createFakePort({ raw: fixtureWorkbook() }), "Collections");
    expect(await screen.findByText(/add a sheet named “Collection Log”/)).toBeInTheDocument();
    expect(screen.queryByRole("grid", { name: /Collection worklist/ })).toBeNull();
  });
});

describe("simulate on the policy tab", () => {
  it("shows the grade migration of a raised A edge and writes nothing", async () => {
    const port = createFakePort({ raw: collectionsWorkbook() });
    await reviewThenOpen(port, "Policy");
    await screen.findByRole("form", { name: "Credit policy" });
    const settingsBefore = JSON.stringify(port.settingsNow());
    fireEvent.change(screen.getByLabelText("Grade A from score"), { target: { value: "92" } });
    fireEvent.click(screen.getByRole("button", { name: "Simulate" }));

    expect(screen.getByText("6 customers simulated: 1 would change grade.")).toBeInTheDocument();
    const grid = screen.getByRole("table", { name: /Grade migration/ });
    // C1 (score 90) A → B; C5 (95) stays A.
    expect(
      within(within(grid).getByTestId("migration-from-A"))
        .getAllByRole("cell")
        .map((cell) => cell.textContent)
    ).toEqual(["1", "1", "", "", "", "2"]);
    expect(within(grid).getByTestId("migration-from-B")).toHaveTextContent("B11");
    expect(screen.getByText(/Total limits: (.+) → \1 \(0\.00\)/)).toBeInTheDocument();

    expect(port.applied).toHaveLength(0);
    expect(JSON.stringify(port.settingsNow())).toBe(settingsBefore);
    // A later edit marks the result as old.
    fireEvent.change(screen.getByLabelText("Grade A from score"), { target: { value: "93" } });
    expect(
      screen.getByText("The policy was edited after this simulation: simulate again to update it.")
    ).toBeInTheDocument();
  });
});
