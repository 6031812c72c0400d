/**
 * The Trends tab, the explain panel's "why it changed" and Simulate over the Aging History,
 * rendered in the pane on the workbook of history-excel.ts (numbers worked by hand there and in
 * test/cli/history-worked-example.test.ts), and on a workbook reviewed for the first time.
 */
import "./setup-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { RawWorkbook } from "../../src/workbook/raw";
import { createFakePort, type FakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { bookWithTwoReviews, HISTORY_POLICY } from "./history-excel";
import { renderPane } from "./render-pane";

let historyRaw: RawWorkbook;

beforeAll(async () => {
  historyRaw = (await bookWithTwoReviews()).raw;
});

async function runReview(port: FakePort) {
  renderPane({ port });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Run review" }));
  });
  await screen.findByRole("heading", { name: "Preview: what the review will write" });
}

const historyPort = () => createFakePort({ raw: historyRaw, settings: { policy: HISTORY_POLICY } });

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole("cell")
    .map((cell) => cell.textContent);

describe("trends tab", () => {
  it("with one review on file says that the trends grow with each review", async () => {
    await runReview(createFakePort({ raw: fixtureWorkbook() }));
    fireEvent.click(screen.getByRole("tab", { name: "Trends" }));
    expect(await screen.findByText(/the trends grow with each review/)).toBeInTheDocument();
    const measures = screen.getByRole("table", { name: "Open amount and DSO per review" });
    expect(within(measures).getAllByRole("row")).toHaveLength(2);
    expect(screen.getByText("The grade migration needs a previous review.")).toBeInTheDocument();
    expect(screen.getByTestId("loss-method")).toHaveTextContent(
      "Loss rates are the policy's floors per bucket: roll rates need 3 reviews on these buckets (1 on file)."
    );
  });

  it("shows three reviews, their aging and the allowance matrix worked by hand", async () => {
    await runReview(historyPort());
    fireEvent.click(screen.getByRole("tab", { name: "Trends" }));
    expect(
      await screen.findByText("3 reviews on the Aging History, 2026-04-30 to 2026-06-30.")
    ).toBeInTheDocument();
    const measures = screen.getByRole("table", { name: "Open amount and DSO per review" });
    const rows = within(measures).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "2026-04-30",
      "2026-05-31",
      "2026-06-30",
    ]);
    // Open: 2800 + 1000 + 350 = 4150; 2000 + 800 + 600 + 350 = 3750; 2000 + 850 = 2850.
    expect(rows.map((row) => cellsOf(row)[0])).toEqual(["4,150.00", "3,750.00", "2,850.00"]);
    // At 06-30 nothing is not due: overdue 100 %; K1 owes 2600 and K2 250, so the top 10 hold
    // 100 % and Herfindahl = (2600 / 2850)² + (250 / 2850)² = 0.8322 + 0.0077 = 0.840.
    const concentration = screen.getByRole("table", {
      name: "Overdue share and concentration per review",
    });
    const last = within(concentration).getAllByRole("row")[3];
    expect(cellsOf(last)).toEqual(["100%", "100%", "0.840"]);
    expect(screen.getAllByTestId(/^trend-bar-/)).toHaveLength(3);

    const matrix = screen.getByRole("table", { name: "Loss allowance matrix" });
    expect(cellsOf(within(matrix).getByTestId("loss-bucket-1"))).toEqual(["2,000.00", "628.57"]);
    expect(cellsOf(within(matrix).getByTestId("loss-bucket-3"))).toEqual(["850.00", "804.28"]);
    expect(cellsOf(within(matrix).getByTestId("loss-total"))).toEqual(["2,850.00", "1,432.85"]);
    const rates = screen.getByRole("table", { name: "Roll rate and loss rate per bucket" });
    expect(cellsOf(within(rates).getByTestId("loss-rate-1"))).toEqual(["33.33%", "31.43%"]);
    expect(cellsOf(within(rates).getByTestId("loss-rate-3"))).toEqual(["85.71%", "94.29%"]);
    expect(screen.getByTestId("loss-method")).toHaveTextContent(
      "Loss rates from the roll rates of 3 reviews (2026-04-30 to 2026-06-30)"
    );
  });
});

describe("why it changed, and simulate over the history", () => {
  it("explains K2's change since 2026-05-31 in the words of the Credit Changes sheet", async () => {
    const port = historyPort();
    await runReview(port);
    act(() => port.select({ sheet: "Customers", row: 3 }));
    const panel = await screen.findByTestId("score-change");
    // At 05-31 K2 had no payment to rate, so no score; June's late payments (INV-4 due 05-20,
    // paid 06-10) rate its payment record 2.81 of 10: 12 × 2.81 / 10 = 3.37 points, over the
    // 12 of weight rated a score of 3.37 × 100 / 12 = 28.1, too little rated weight for a grade.
    expect(cellsOf(within(panel).getByTestId("change-score"))).toEqual(["–", "28.1"]);
    expect(cellsOf(within(panel).getByTestId("change-grade"))).toEqual(["No grade", "No grade"]);
    expect(within(panel).getByTestId("score-change-why")).toHaveTextContent(
      "Why: Payment record (- → 2.81) +3.4 points"
    );
  });

  it("uses the roll rates for both allowances: the same policy changes nothing", async () => {
    await runReview(historyPort());
    fireEvent.click(screen.getByRole("tab", { name: "Policy" }));
    await screen.findByRole("form", { name: "Credit policy" });
    fireEvent.click(screen.getByRole("button", { name: "Simulate" }));
    // By the floors alone it would be 490.00 (40 + 300 for K1, 50 dead + 100 for K2).
    expect(
      within(screen.getByTestId("simulation")).getByText(
        "Loss allowance over the Aging History of 3 reviews (roll rates once there are enough, the floors before): 1,432.85 → 1,432.85"
      )
    ).toBeInTheDocument();
  });
});
