import "./setup-dom";
import { minor } from "../../src/engine/money";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { agingRows } from "../../src/taskpane/aging/aging-rows";
import type { AgingTable } from "../../src/engine/types";
import { agingColors } from "../../src/workbook/colors";
import { createFakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";

describe("aging tab", () => {
  it("shows customers × buckets coloured from green to dark red, with totals and shares", async () => {
    const port = createFakePort({ raw: fixtureWorkbook() });
    renderPane({ port });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Run review" }));
    });
    await screen.findByRole("heading", { name: "Preview: what the review will write" });
    fireEvent.click(screen.getByRole("tab", { name: "Aging" }));

    const grid = await screen.findByRole("grid", { name: "Aging by customer" });
    const headers = within(grid)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      "Customer",
      "Not due",
      "1-30",
      "31-60",
      "61-90",
      "91-180",
      ">180",
      "Unapplied credits",
      "Total",
      "Average age (days)",
    ]);
    // Riskiest first: C3 (20,000 in 91–180), then C2 (50,000 in 61–90), then C1 (100,000 not due), C5.
    const rows = within(grid).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.getAttribute("data-testid"))).toEqual([
      "aging-row-customer:C3",
      "aging-row-customer:C2",
      "aging-row-customer:C1",
      "aging-row-customer:C5",
      "aging-row-total",
      "aging-row-share",
    ]);
    // Total open = 100,000 + 50,000 + 20,000 + 10,000 = 180,000; not due 110,000 = 61.1 % of it.
    expect(screen.getByTestId("aging-row-total")).toHaveTextContent("180,000.00");
    expect(screen.getByTestId("aging-row-total")).toHaveTextContent("110,000.00");
    expect(screen.getByTestId("aging-row-share")).toHaveTextContent("61.1%");
    // 50,000 / 180,000 = 27.8 %, 20,000 / 180,000 = 11.1 %.
    expect(screen.getByTestId("aging-row-share")).toHaveTextContent("27.8%");
    expect(screen.getByTestId("aging-row-share")).toHaveTextContent("11.1%");

    const oldest = within(screen.getByTestId("aging-row-customer:C3")).getAllByText("20,000.00")[0];
    expect(oldest).toHaveStyle({ backgroundColor: agingColors(4, 6).fill });
    const notDue = within(screen.getByTestId("aging-row-customer:C1")).getAllByText(
      "100,000.00"
    )[0];
    expect(notDue).toHaveStyle({ backgroundColor: agingColors(0, 6).fill });

    const chart = screen.getByRole("img", { name: "Open amount per aging bucket" });
    expect(within(chart).getAllByText("110,000.00").length).toBeGreaterThan(0);
  });

  it("orders rows by the oldest bucket first, then the next oldest, then the total", () => {
    const aging: AgingTable = {
      buckets: ["Not due", "1-30", ">30"],
      totals: [300, 30, 5].map(minor),
      unapplied: minor(0),
      net: minor(335),
      shares: [300 / 335, 30 / 335, 5 / 335],
      averageAgeDays: null,
      byCustomer: {
        big: {
          amounts: [300, 0, 0].map(minor),
          unapplied: minor(0),
          net: minor(300),
          averageAgeDays: 1,
        },
        late: {
          amounts: [0, 0, 5].map(minor),
          unapplied: minor(0),
          net: minor(5),
          averageAgeDays: 60,
        },
        mid: {
          amounts: [0, 30, 0].map(minor),
          unapplied: minor(0),
          net: minor(30),
          averageAgeDays: 20,
        },
        none: {
          amounts: [0, 0, 0].map(minor),
          unapplied: minor(0),
          net: minor(0),
          averageAgeDays: null,
        },
      },
    };
    const ids = agingRows(aging, []).flatMap((row) =>
      row.kind === "customer" ? [row.id] : [row.kind]
    );
    expect(ids).toEqual(["late", "mid", "big", "total", "share"]);
  });
});
