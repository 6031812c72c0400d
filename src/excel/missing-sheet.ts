/**
 * Office fails a whole round trip with "ItemNotFound" without saying which sheet was missing.
 * On that error path only, one more small round trip lists the sheets and names the one gone.
 */
import { ExcelAdapterError, sheetMissingMessage } from "./errors";

/** Excel compares sheet names without regard to case. */
export function sheetNameKey(name: string): string {
  return name.toLocaleLowerCase();
}

/**
 * The error again, naming the first of `expected` that no longer exists; unchanged when it is
 * not about a missing sheet or when every expected sheet is there.
 */
export async function nameMissingSheet(
  context: Excel.RequestContext,
  expected: readonly string[],
  error: ExcelAdapterError
): Promise<ExcelAdapterError> {
  if (error.code !== "SHEET_MISSING") return error;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const present = new Set(worksheets.items.map((sheet) => sheetNameKey(sheet.name)));
  const missing = expected.find((name) => !present.has(sheetNameKey(name)));
  if (missing === undefined) return error;
  return new ExcelAdapterError("SHEET_MISSING", sheetMissingMessage(missing), {
    retryable: true,
    sheet: missing,
    cause: error.cause,
  });
}
