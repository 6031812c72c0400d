/**
 * A plan value as it must be handed to Office.js `Range.values`, which parses strings like typed
 * input. Text that Excel would turn into a formula, number, date, boolean or error gets a
 * leading apostrophe: Excel keeps the text exactly and the apostrophe out of the value.
 *
 * Not in a cell formatted as Text ("@"), whose number format is always set before its value:
 * Excel documents that such a cell shows its content exactly as entered, so the text needs no
 * marker there, and an apostrophe could only end up visible as part of the text.
 */
import type { PlanValue } from "../workbook/plan";
import { needsLiteralPrefix } from "../workbook/literal-text";
import { cellAddress } from "../workbook/plan-address";

/** What `Range.values` accepts; "" empties the cell. */
export type CellInput = string | number | boolean;

const LITERAL_PREFIX = "'";

export const notAFiniteNumber = (
  sheet: string,
  row: number,
  column: number,
  value: number
): string =>
  `Sheet "${sheet}", cell ${cellAddress(row, column)}: the value ${value} is not a number Excel can hold; nothing was written.`;

/** Where a value goes, for the message when it cannot be written. */
export interface CellPosition {
  sheet: string;
  row: number;
  column: number;
}

/** Whether the cell at (row, column) is formatted as Text by the time its value is written. */
export type IsTextCell = (row: number, column: number) => boolean;

export const TEXT_NUMBER_FORMAT = "@";

export function toCellInput(value: PlanValue, at: CellPosition, isText = false): CellInput {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new RangeError(notAFiniteNumber(at.sheet, at.row, at.column, value));
    return value;
  }
  if (typeof value === "boolean") return value;
  return !isText && needsLiteralPrefix(value) ? LITERAL_PREFIX + value : value;
}

/**
 * Rows of plan values as a rectangle of inputs (`Range.values` needs every row equally long):
 * short rows are padded with "" up to `width`.
 */
export function toCellInputs(
  rows: readonly (readonly PlanValue[])[],
  width: number,
  sheet: string,
  top: number,
  left: number,
  isText: IsTextCell = () => false
): CellInput[][] {
  return rows.map((line, r) => {
    const inputs: CellInput[] = new Array<CellInput>(width);
    for (let c = 0; c < width; c++) {
      const row = top + r;
      const column = left + c;
      inputs[c] =
        c < line.length ? toCellInput(line[c], { sheet, row, column }, isText(row, column)) : "";
    }
    return inputs;
  });
}
