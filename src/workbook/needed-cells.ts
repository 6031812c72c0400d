/**
 * The cells a row needs, of every sheet: when one is blank, the problem's code, what its English
 * sentence calls the cell ("missing customer id; the row is left out"), and the variant other
 * languages word that sentence by. Whether the row is then left out is the mapper's choice.
 */
import { READ_CODES, type ReadCode } from "./read-problem";
import { CONSEQUENCE_KEY, report, type Consequence, type SheetContext } from "./row-reader";

type NeededCell = readonly [code: ReadCode, what: string, variant: string];

const NEEDED_CELLS = {
  customerId: [READ_CODES.missingId, "customer id", "customer"],
  name: [READ_CODES.missingValue, "customer name", "customerName"],
  invoiceNo: [READ_CODES.missingValue, "invoice number", "invoiceNo"],
  invoiceDate: [READ_CODES.missingValue, "invoice date", "invoiceDate"],
  orderDate: [READ_CODES.missingValue, "order date", "orderDate"],
  amount: [READ_CODES.missingValue, "amount", "amount"],
} as const satisfies Record<string, NeededCell>;

export type NeededField = keyof typeof NEEDED_CELLS;

/** Reports the needed cell `field` left blank, when the sheet has its column; `consequence` is the row's fate. */
export function reportBlank<Field extends string>(
  context: SheetContext,
  row: number,
  columns: Partial<Record<Field, number>>,
  field: NeededField & Field,
  consequence: Consequence
): void {
  const column = columns[field];
  if (column === undefined) return;
  const [code, , variant] = NEEDED_CELLS[field];
  report(context, row, column, null, code, {
    variant,
    consequence: CONSEQUENCE_KEY[consequence],
  });
}
