/**
 * Which worksheet row the user selects on a sheet (the pane maps it to a customer and explains
 * that customer's result).
 */
import { MAX_ROW } from "../workbook/plan-address";
import { parseBox } from "./address";
import { translateOfficeError } from "./errors";

export interface SelectedRow {
  sheet: string;
  /** 1-based worksheet row of the selection's first cell. */
  row: number;
}

/**
 * The first row of a selection address ("B7", "B7:D9", "Sheet1!B7", "7:9"); null for a
 * selection of whole columns, which is no row in particular.
 */
export function selectedRowOf(address: string): number | null {
  const box = parseBox(address.split(",")[0]);
  const wholeColumns = box.top === 1 && box.bottom === MAX_ROW;
  return wholeColumns ? null : box.top;
}

/** Runs a batch on the context an event handler was registered with (`Excel.run(context, ...)`). */
export type BatchRunner = (
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<void>
) => Promise<void>;

const runOnContext: BatchRunner = (context, batch) => Excel.run(context, batch);

/**
 * Listens to selection changes on one sheet; resolves to a function that stops listening.
 * Whole-column selections are not reported.
 */
export async function watchSelectedRow(
  context: Excel.RequestContext,
  sheetName: string,
  listener: (selection: SelectedRow) => void,
  run: BatchRunner = runOnContext
): Promise<() => Promise<void>> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const registration = sheet.onSelectionChanged.add(async (event) => {
    const row = selectedRowOf(event.address);
    if (row !== null) listener({ sheet: sheetName, row });
  });
  try {
    await context.sync();
  } catch (error) {
    throw translateOfficeError(error, { sheet: sheetName });
  }
  return async () => {
    try {
      await run(registration.context, async (handlerContext) => {
        registration.remove();
        await handlerContext.sync();
      });
    } catch (error) {
      throw translateOfficeError(error, { sheet: sheetName });
    }
  };
}
