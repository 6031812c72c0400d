import "./setup-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { createFakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";
import type { RawWorkbook } from "../../src/workbook/raw";

async function runReview() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Run review" }));
  });
}

/** The fixture with two receivable rows the reader must report: a text amount and an unknown date. */
function workbookWithBadRows(): RawWorkbook {
  const raw = fixtureWorkbook();
  const receivables = raw.sheets[1];
  const badRows = [
    ["C1", "INV-8", 46200, 46230, "12,3x", 0],
    ["C1", "INV-9", "someday", 46230, 500, 0],
  ];
  return {
    ...raw,
    sheets: [
      raw.sheets[0],
      { ...receivables, cells: [...receivables.cells, ...badRows] },
      ...raw.sheets.slice(2),
    ],
  };
}

describe("failures and problems", () => {
  it("refuses a ledger whose amount column is mostly unreadable, naming the column and an example", async () => {
    const raw = fixtureWorkbook();
    const receivables = raw.sheets[1];
    // Four good rows in the fixture, six amounts that cannot be read: 6 of 10 > half.
    const badRows = Array.from({ length: 6 }, (_, i) => [
      "C1",
      `INV-X${i}`,
      46200,
      46230,
      "12,3x",
      0,
    ]);
    const port = createFakePort({
      raw: {
        ...raw,
        sheets: [
          raw.sheets[0],
          { ...receivables, cells: [...receivables.cells, ...badRows] },
          ...raw.sheets.slice(2),
        ],
      },
    });
    renderPane({ port });
    await runReview();
    expect(
      await screen.findByText(
        "Most values of one column cannot be read: the review stops rather than leave those rows out of the totals."
      )
    ).toBeInTheDocument();
    expect(screen.getByText(/6 of the 10 values of column E .*"12,3x"/)).toBeInTheDocument();
  });

  it("shows an open credit note for information, apart from the problems and not counted in them", async () => {
    const raw = fixtureWorkbook();
    const receivables = raw.sheets[1];
    const rows = [
      ["C1", "INV-8", 46200, 46230, "12,3x", 0],
      ["C1", "CN-1", 46200, 46230, -500, 0],
    ];
    const port = createFakePort({
      raw: {
        ...raw,
        sheets: [
          raw.sheets[0],
          { ...receivables, cells: [...receivables.cells, ...rows] },
          ...raw.sheets.slice(2),
        ],
      },
    });
    renderPane({ port });
    await runReview();
    expect(await screen.findByText("Problems in the input: 1")).toBeInTheDocument();
    const info = screen.getByText("For information, not problems: 1").closest(".fui-MessageBar");
    if (!(info instanceof HTMLElement)) throw new Error("no information panel");
    expect(
      within(info)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(["Unapplied credit or overpayment (1)"]);
  });

  it("words a cell-edit refusal from Excel and keeps the adapter's detail", async () => {
    const port = createFakePort();
    port.read = async () => {
      throw Object.assign(new Error("InvalidOperationInCellEditMode"), { code: "CELL_EDIT_MODE" });
    };
    renderPane({ port, locale: "zh-CN" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "运行评审" }));
    });
    expect(await screen.findByText("请先完成单元格编辑，然后重新运行评审。")).toBeInTheDocument();
    expect(screen.getByText("InvalidOperationInCellEditMode")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "重试" })).toBeInTheDocument();
  });

  it("lists input problems grouped by kind, with counts and the sheet, row and column of each", async () => {
    const port = createFakePort({ raw: workbookWithBadRows() });
    renderPane({ port });
    await runReview();
    // Rows 6 and 7 of Receivables (header in row 1, four good rows): each left out and reported.
    const title = await screen.findByText(/^Problems in the input: \d+$/);
    const panel = title.closest(".fui-MessageBar");
    if (!(panel instanceof HTMLElement)) throw new Error("no problems panel");
    const groups = within(panel).getAllByRole("button");
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const groupTitles = groups.map((group) => group.textContent);
    expect(groupTitles).toEqual(expect.arrayContaining(["Not a number (1)", "Not a date (1)"]));
    // Both rows are left out of the totals: they are listed as errors.
    expect(
      within(panel).getByRole("region", { name: "Errors: rows left out of the totals (2)" })
    ).toBeInTheDocument();
    for (const group of groups) fireEvent.click(group);
    const grids = within(panel).getAllByRole("grid");
    const rows = grids.flatMap((grid) => within(grid).getAllByRole("row").slice(1));
    const texts = rows.map((row) => row.textContent ?? "");
    expect(texts.some((text) => text.startsWith("Receivables6") && text.includes("12,3x"))).toBe(
      true
    );
    expect(texts.some((text) => text.startsWith("Receivables7") && text.includes("someday"))).toBe(
      true
    );
    // The good rows still ran: C1's open amount is still the 100,000 invoice alone.
    expect(screen.getByTestId("grade-count-A")).toHaveTextContent("2");
  });

  it("words each problem's detail in the reader's language (zh-CN), with the cell and its value", async () => {
    renderPane({
      port: createFakePort({ raw: workbookWithBadRows() }),
      locale: "zh-CN",
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "运行评审" }));
    });
    const title = await screen.findByText(/^输入数据中的问题：\d+$/);
    const panel = title.closest(".fui-MessageBar");
    if (!(panel instanceof HTMLElement)) throw new Error("no problems panel");
    for (const group of within(panel).getAllByRole("button")) fireEvent.click(group);
    const texts = within(panel)
      .getAllByRole("grid")
      .flatMap((grid) => within(grid).getAllByRole("row").slice(1))
      .map((row) => row.textContent ?? "");
    // Row 6 holds the text amount "12,3x" and row 7 the date "someday": both rows left out.
    expect(
      texts.some((text) => /Receivables!E6（[^）]+）“12,3x”：不是数字；该行不计入$/.test(text))
    ).toBe(true);
    expect(
      texts.some((text) => /Receivables!C7（[^）]+）“someday”：不是日期；该行不计入$/.test(text))
    ).toBe(true);
    expect(texts.some((text) => text.includes("not a number"))).toBe(false);
  });

  it("a review that throws shows the generic failure with the thrown message", async () => {
    const review = () => {
      throw new RangeError("asOf must be a whole serial day");
    };
    renderPane({ port: createFakePort({ raw: fixtureWorkbook() }), review });
    await runReview();
    expect(await screen.findByText("The review could not be completed.")).toBeInTheDocument();
    expect(screen.getByText("asOf must be a whole serial day")).toBeInTheDocument();
  });
});
