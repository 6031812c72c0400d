import "./setup-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { createFakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";

async function runReview() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Run review" }));
  });
  await screen.findByRole("heading", { name: "Preview: what the review will write" });
}

function listNamed(name: string) {
  return screen.getByRole("list", { name });
}

describe("customer explain panel", () => {
  it("explains C1 when its row (worksheet row 2) is selected in Excel, with every number worked out", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port });
    await runReview();
    act(() => port.select({ sheet: "Customers", row: 2 }));
    await screen.findByRole("heading", { name: "C1 Alpha Trading" });

    // Each factor rated 9 of 10: points = weight × 9 / 10 (payment record 12 → 10.8, guarantee 4 → 3.6).
    expect(screen.getByTestId("factor-paymentRecord")).toHaveTextContent("12 × 9.0 / 10 = 10.80");
    expect(screen.getByTestId("factor-paymentRecord")).toHaveTextContent("typed");
    expect(screen.getByTestId("factor-guarantee")).toHaveTextContent("4 × 9.0 / 10 = 3.60");

    // Σ points = 100 × 9 / 10 = 90 over all 100 of weight.
    const score = listNamed("Score");
    expect(score).toHaveTextContent("Rated weight 100 of 100: coverage 100%.");
    expect(score).toHaveTextContent("Score = 90.00 × 100 / 100 = 90.0");
    expect(score).toHaveTextContent("Score 90.0 gives grade A.");

    // Orders in the window: 200,000 + 150,000 + 50,000 = 400,000; × 300 % = 1,200,000 (already a multiple of 1,000).
    const limit = listNamed("Credit limit, step by step");
    expect(limit).toHaveTextContent("Base: orders of the last 3 months = 400,000.00 (3 orders).");
    expect(limit).toHaveTextContent(
      "Score 90.0 is in the band from 90: multiplier 300%, terms up to 120 days."
    );
    expect(limit).toHaveTextContent(
      "Order-based limit: 400,000.00 × 300% = 1,200,000.00, rounded down to a multiple of 1,000.00 = 1,200,000.00."
    );
    expect(limit).toHaveTextContent(
      "Working-capital limit: not computed (balance sheet incomplete)."
    );
    expect(limit).toHaveTextContent("No adjustment: the limit stays 1,200,000.00, terms 120 days.");
    // 1,200,000 ≤ 1,500,000 → approval level 1.
    expect(limit).toHaveTextContent("Final limit 1,200,000.00, terms 120 days, approval level 1.");

    // Exposure = open 100,000 + the unshipped order of 50,000; available = 1,200,000 − 150,000.
    const exposure = listNamed("Exposure and available credit");
    expect(exposure).toHaveTextContent(
      "Exposure = open 100,000.00 + unshipped orders 50,000.00 = 150,000.00."
    );
    expect(exposure).toHaveTextContent(
      "Available = limit 1,200,000.00 − exposure 150,000.00 = 1,050,000.00."
    );

    const buckets = listNamed("Open amount per aging bucket");
    expect(buckets).toHaveTextContent("Not due: 100,000.00");
    expect(buckets).toHaveTextContent("61-90: 0.00");
    const invoices = screen.getByRole("grid", { name: "Open invoices of this customer" });
    expect(within(invoices).getByText("INV-1")).toBeInTheDocument();
  });

  it("in file mode, a click on C2 in the preview explains its reduction and the reason in words", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port, host: "browser" });
    await runReview();
    fireEvent.click(screen.getByRole("button", { name: "C2 Beta Ltd" }));
    await screen.findByRole("heading", { name: "C2 Beta Ltd" });
    const limit = listNamed("Credit limit, step by step");
    // 3 × 100,000 = 300,000 × 200 % = 600,000 before the adjustment; REDUCE one band → × 150 % = 450,000.
    expect(limit).toHaveTextContent("300,000.00 × 200% = 600,000.00");
    expect(limit).toHaveTextContent("Reduced: 600,000.00 → 450,000.00, terms 90 days → 60 days.");
    expect(listNamed("Reasons")).toHaveTextContent("Oldest overdue invoice is 60 days or more");
    // The 50,000 invoice due 70 days ago sits in 61–90.
    expect(listNamed("Open amount per aging bucket")).toHaveTextContent("61-90: 50,000.00");
  });

  it("says when coverage is too low for a grade: C6 rated on 44 of 100 weight", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port });
    await runReview();
    act(() => port.select({ sheet: "Customers", row: 7 }));
    await screen.findByRole("heading", { name: "C6 Zeta Works" });
    const score = listNamed("Score");
    // 12 + 8 + 8 + 10 + 6 = 44 rated; 44 % < 60 %.
    expect(score).toHaveTextContent("Rated weight 44 of 100: coverage 44%.");
    expect(score).toHaveTextContent("Coverage is below 60%: not enough data for a grade.");
    expect(screen.getByTestId("factor-history")).toHaveTextContent("not rated (weight 4 left out)");
    expect(listNamed("Credit limit, step by step")).toHaveTextContent(
      "No score band: multiplier 0, no credit terms."
    );
  });
});

/** C1 with a balance sheet: CA 2,000,000, inventory 500,000, CL 1,000,000, TL 1,500,000, equity 1,000,000. */
function workbookWithBalanceSheet() {
  const raw = fixtureWorkbook();
  const [customers, ...rest] = raw.sheets;
  const headers = [
    "Current Assets",
    "Inventory",
    "Current Liabilities",
    "Total Liabilities",
    "Equity",
  ];
  const cells = customers.cells.map((row, index) => {
    if (index === 0) return [...row, ...headers];
    return row[0] === "C1"
      ? [...row, 2000000, 500000, 1000000, 1500000, 1000000]
      : [...row, null, null, null, null, null];
  });
  return { ...raw, sheets: [{ ...customers, cells }, ...rest] };
}

describe("working-capital limit in the explain panel", () => {
  it("shows E, the rate and the lower of the two limits, worked by hand", async () => {
    const port = createFakePort({ raw: workbookWithBalanceSheet() });
    renderPane({ port });
    await runReview();
    act(() => port.select({ sheet: "Customers", row: 2 }));
    await screen.findByRole("heading", { name: "C1 Alpha Trading" });
    const limit = listNamed("Credit limit, step by step");
    // Working capital 2,000,000 − 1,000,000 = 1,000,000; working assets (1,000,000 + 1,000,000) / 2 = 1,000,000.
    // E = 2,000,000/1,000,000 + 1,500,000/1,000,000 − 1,000,000/1,000,000 − 1,500,000/1,000,000 = 2 + 1.5 − 1 − 1.5 = 1.00
    // E ≤ 1.0 → 20 %: 1,000,000 × 20 % = 200,000 (a multiple of 1,000).
    expect(limit).toHaveTextContent(
      "Working-capital limit: working assets 1,000,000.00 × rate 20% (evaluation E = 1.00), rounded down = 200,000.00."
    );
    expect(limit).toHaveTextContent("The lower of 1,200,000.00 and 200,000.00 is 200,000.00.");
    expect(limit).toHaveTextContent("Final limit 200,000.00, terms 120 days, approval level 1.");
  });
});
