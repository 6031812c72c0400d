import "./setup-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { RawCell, RawWorkbook } from "../../src/workbook/raw";
import { createFakePort } from "./fake-port";
import { AS_OF, customersSheet } from "./fixture-workbook";
import { renderPane } from "./render-pane";

/** 150 customers rated like C1, each with one invoice of 1,000 not yet due, and no Credit Log. */
function manyCustomers(count: number): RawWorkbook {
  const template = customersSheet();
  const ratings = template.cells[1].slice(2);
  const ids = Array.from({ length: count }, (_, index) => `K${String(index + 1).padStart(3, "0")}`);
  const customers: RawCell[][] = [
    template.cells[0],
    ...ids.map((id) => [id, `Customer ${id}`, ...ratings]),
  ];
  const receivables: RawCell[][] = [
    ["Customer ID", "Invoice No.", "Invoice Date", "Due Date", "Amount", "Paid"],
    ...ids.map((id) => [id, `INV-${id}`, AS_OF - 5, AS_OF + 25, 1000, 0]),
  ];
  return {
    sheets: [
      { ...template, cells: customers },
      { name: "Receivables", cells: receivables, firstRow: 1, firstColumn: 1 },
    ],
    date1904: false,
  };
}

describe("long lists", () => {
  it("shows 100 of 150 new customers, then the rest on Show more", async () => {
    renderPane({ port: createFakePort({ raw: manyCustomers(150) }) });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Run review" }));
    });
    const grid = await screen.findByRole("grid", { name: "Changes in grade, limit and terms" });
    expect(within(grid).getAllByRole("row")).toHaveLength(1 + 100);
    fireEvent.click(screen.getByRole("button", { name: "Show more (50 not shown)" }));
    expect(within(grid).getAllByRole("row")).toHaveLength(1 + 150);
    expect(screen.queryByRole("button", { name: /Show more/ })).not.toBeInTheDocument();
  }, 60_000);
});
