import "./setup-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { RawWorkbook } from "../../src/workbook/raw";
import { createFakePort } from "./fake-port";
import { fixtureWorkbook } from "./fixture-workbook";
import { renderPane } from "./render-pane";

/**
 * The fixture workbook with two columns of the user's own added to its customer sheet: "Region"
 * (no field reads it) and "Bad Payments Last 6 Months" (close to "Bad Payments (3 months)", but a
 * different period, so it is not read).
 */
function withExtraColumns(): RawWorkbook {
  const book = fixtureWorkbook();
  const sheets = book.sheets.map((sheet) => {
    if (sheet.name !== "Customers") return sheet;
    const cells = sheet.cells.map((row, index) =>
      index === 0
        ? [...row, "Region", "Bad Payments Last 6 Months"]
        : [...row, index % 2 === 0 ? "North" : "South", 1]
    );
    return { ...sheet, cells };
  });
  return { ...book, sheets };
}

async function runReview(button: string, heading: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: button }));
  });
  await screen.findByRole("heading", { name: heading });
}

describe("the preview names the columns the review does not read", () => {
  it("lists Region and the resembling header on Customers, naming the field", async () => {
    renderPane({ port: createFakePort({ raw: withExtraColumns() }) });
    await runReview("Run review", "Preview: what the review will write");
    const list = screen.getByRole("list", { name: "Columns the review does not read" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Customers: Not used: Region, Bad Payments Last 6 Months.",
      'Customers, column V ("Bad Payments Last 6 Months"): looks like "Bad Payments (3 months)" but does not match it, so it is not read. Rename the header or choose the column in the column mapping.',
    ]);
  });

  it("in Simplified Chinese, with the user's headers as they are", async () => {
    renderPane({
      port: createFakePort({ raw: withExtraColumns() }),
      locale: "zh-CN",
    });
    await runReview("运行评审", "预览：评审将写入的内容");
    const list = screen.getByRole("list", { name: "评审不读取的列" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Region, Bad Payments Last 6 Months");
  });

  it("says nothing when every column is read (the fixture as it is)", async () => {
    renderPane({ port: createFakePort({ raw: fixtureWorkbook() }) });
    await runReview("Run review", "Preview: what the review will write");
    expect(
      screen.queryByRole("list", { name: "Columns the review does not read" })
    ).not.toBeInTheDocument();
  });
});
