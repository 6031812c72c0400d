/**
 * Output columns that would pass Excel's last column (16,384) are refused as data through
 * `prepareReview`, and the command line and the pane word the refusal in their reader's language.
 */
import { serialFromIso } from "../../src/engine/dates";
import { refusalFailure as cliRefusal } from "../../src/cli/failure";
import { cliTranslator } from "../../src/i18n/cli-messages";
import { refusalFailure as paneRefusal } from "../../src/taskpane/flow/refusal-failure";
import { CUSTOMER_OUTPUT_KEYS } from "../../src/workbook/labels";
import { prepareReview } from "../../src/workbook/prepare-review";
import { englishReviewOptions } from "../support/review-options";
import { sheet, workbook } from "./read/raw-fixtures";
import type { RawCell, RawWorkbook } from "../../src/workbook/raw";

/** A note the user keeps in column 16,380 of the customers' first data row. */
const NOTE_COLUMN = 16_380;

function book(): RawWorkbook {
  const customerRow: RawCell[] = Array.from({ length: NOTE_COLUMN }, () => null);
  customerRow[0] = "C1";
  customerRow[1] = "Kite Trading";
  customerRow[NOTE_COLUMN - 1] = "keep";
  return workbook([
    sheet("Customers", [["Customer ID", "Customer name"], customerRow]),
    sheet("Receivables", [
      ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
      ["C1", "I1", serialFromIso("2026-06-01"), serialFromIso("2026-06-20"), 100],
    ]),
  ]);
}

const options = englishReviewOptions(serialFromIso("2026-07-01"));

describe("output columns past Excel's last column", () => {
  test("are refused with the sheet and the column they would end at, in every language", async () => {
    const outcome = await prepareReview(book(), options);
    expect(outcome.kind).toBe("refused");
    if (outcome.kind !== "refused") return;
    // The block starts right of the note, at 16,381, and needs one column per output key.
    const lastColumn = NOTE_COLUMN + CUSTOMER_OUTPUT_KEYS.length;
    expect(outcome.refusal).toEqual({
      code: "OUTPUT_PAST_LAST_COLUMN",
      severity: "error",
      place: { sheet: "Customers", column: null, cell: null },
      params: { sheet: "Customers", lastColumn, maxColumn: 16_384 },
    });
    expect(cliRefusal(outcome.refusal, cliTranslator("en-US"), "en-US", null).message).toBe(
      `Sheet "Customers": the output columns would end at column ${lastColumn}, past Excel's last column (16384). Nothing was written: remove empty columns on the right of the table, then run again.`
    );
    expect(cliRefusal(outcome.refusal, cliTranslator("zh-CN"), "zh-CN", null).message).toBe(
      `工作表“Customers”：输出列将止于第 ${lastColumn} 列，超出 Excel 的最后一列（16384）。未写入任何内容：请删除表格右侧的空列，然后重新运行。`
    );
    expect(cliRefusal(outcome.refusal, cliTranslator("zh-TW"), "zh-TW", null).message).toBe(
      `工作表「Customers」：輸出欄將止於第 ${lastColumn} 欄，超出 Excel 的最後一欄（16384）。未寫入任何內容：請刪除表格右側的空欄，然後重新執行。`
    );
    if (outcome.refusal.code !== "OUTPUT_PAST_LAST_COLUMN") return;
    expect(paneRefusal(outcome.refusal, "en-US")).toEqual({
      code: "OUTPUT_PAST_LAST_COLUMN",
      detail: `Customers: ${lastColumn} > 16384`,
      params: { sheet: "Customers", lastColumn, maxColumn: 16_384 },
    });
  });
});
