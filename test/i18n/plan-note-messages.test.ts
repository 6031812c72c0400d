/**
 * The notes of an output plan are worded here only: each code's params become one sentence per
 * locale, counts grouped as the reader writes them, rows as Excel numbers them.
 */
import { PLAN_NOTE_CATALOGS, planNoteMessage } from "../../src/i18n/plan-note-messages";
import { placeholdersOf } from "../../src/i18n/interpolate";
import { SUPPORTED_LOCALES } from "../../src/i18n/locales";
import { planNoteOf } from "../../src/workbook/plan-note";

const outside = planNoteOf(
  "ROW_OUTSIDE_TABLE",
  {
    sheet: "Customers",
    row: 40,
    firstRow: 2,
    lastDataRow: 6,
    item: { kind: "customer", id: "C888" },
  },
  { sheet: "Customers", row: 40 }
);
const invoiceElsewhere = planNoteOf(
  "NO_ROW_ON_SHEET",
  { sheet: "Receivables", item: { kind: "invoice", id: "INV-7", customerId: "C001" } },
  { sheet: "Receivables" }
);
const cut = planNoteOf(
  "TEXT_CUT",
  { sheet: "Aging", cell: "B8", length: 40_000, limit: 32_767 },
  { sheet: "Aging", cell: "B8" }
);
const leftOut = planNoteOf(
  "HISTORY_REVIEW_LEFT_OUT",
  { sheet: "Aging History", asOf: "2025-01-31", maxRow: 1_048_576 },
  { sheet: "Aging History" }
);

describe("plan notes in the reader's language", () => {
  test("a customer outside the table's data rows 2-6, in English and both Chinese scripts", () => {
    expect(planNoteMessage(outside, "en-US")).toBe(
      `Sheet "Customers", row 40: customer "C888" is outside the table's data rows 2-6; its results were not written there.`
    );
    expect(planNoteMessage(outside, "zh-CN")).toBe(
      "工作表“Customers”第 40 行：客户“C888”不在表格的数据行 2-6 之内，其结果未写入该行。"
    );
    expect(planNoteMessage(outside, "zh-TW")).toBe(
      "工作表「Customers」第 40 列：客戶「C888」不在表格的資料列 2-6 之內，其結果未寫入該列。"
    );
  });

  test("an invoice with no row names its customer and where it counts", () => {
    expect(planNoteMessage(invoiceElsewhere, "en-US")).toBe(
      `The invoice "INV-7" of customer "C001" has no row on sheet "Receivables"; it counts in the aging sheet only.`
    );
    expect(planNoteMessage(invoiceElsewhere, "zh-CN")).toContain("客户“C001”的发票“INV-7”");
  });

  test("a cut text's counts are grouped: 40,000 characters cut to 32,767", () => {
    expect(planNoteMessage(cut, "en-US")).toBe(
      `Sheet "Aging", cell B8: a text of 40,000 characters was cut to 32,767, the most a cell can hold.`
    );
    expect(planNoteMessage(cut, "zh-TW")).toContain("40,000");
    expect(planNoteMessage(leftOut, "en-US")).toBe(
      `Sheet "Aging History": the review of 2025-01-31 is left out of the history: the sheet would pass Excel's 1,048,576 rows.`
    );
  });

  test("every locale has every template with the English placeholders, none left unfilled", () => {
    const english = PLAN_NOTE_CATALOGS["en-US"];
    for (const locale of SUPPORTED_LOCALES) {
      const texts = PLAN_NOTE_CATALOGS[locale];
      expect(Object.keys(texts.templates).sort()).toEqual(Object.keys(english.templates).sort());
      for (const [key, template] of Object.entries(texts.templates))
        expect(placeholdersOf(template).sort()).toEqual(
          placeholdersOf(english.templates[key as keyof typeof english.templates]).sort()
        );
      for (const note of [outside, invoiceElsewhere, cut, leftOut])
        expect(planNoteMessage(note, locale)).not.toMatch(/[{}]/);
    }
  });
});
