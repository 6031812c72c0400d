/**
 * Amounts a review can add exactly. Money is summed in integer minor units, which a JavaScript
 * number holds exactly only up to Number.MAX_SAFE_INTEGER (90,071,992,547,409.91 in cents): a
 * ledger beyond it would give totals that are silently off by a few cents, or stop halfway
 * through the review. Every total of a review (open amounts, buckets, sales, exposure) is at most
 * the sum of the absolute amounts and paid amounts, so a ledger within that bound is summed
 * exactly; one beyond it is refused before anything is reviewed or written.
 */
import type { Receivable } from "../engine/types";
import type { TableLayout } from "./layout";
import type { ReceivableField } from "./fields";
import { formatMinorGrouped } from "./parse-money";
import { columnLetter } from "./plan-address";
import type { RawWorkbook } from "./raw";
import { gridOf } from "./sheet-grid";

export interface LedgerTooLarge {
  sheet: string;
  /** The amount column's letter ("E") and header ("" when there is none). */
  column: string;
  header: string;
  /** The largest sum a review adds exactly, in currency units with thousands grouped ("90,071,992,547,409.91"). */
  limit: string;
}

export function ledgerTooLarge(
  raw: RawWorkbook,
  receivables: readonly Receivable[],
  table: TableLayout<ReceivableField>,
  minorPerUnit: number
): LedgerTooLarge | null {
  let sum = 0;
  for (const receivable of receivables)
    sum += Math.abs(receivable.amount) + Math.abs(receivable.paid ?? 0);
  if (sum <= Number.MAX_SAFE_INTEGER) return null;
  const column = table.columns.amount ?? table.columns.openAmount;
  const sheet = raw.sheets.find((candidate) => candidate.name === table.sheet);
  const headerCell =
    column === undefined || sheet === undefined ? null : gridOf(sheet).raw(table.headerRow, column);
  return {
    sheet: table.sheet,
    column: column === undefined ? "" : columnLetter(column),
    header: typeof headerCell === "string" ? headerCell.trim() : "",
    limit: formatMinorGrouped(Number.MAX_SAFE_INTEGER, minorPerUnit),
  };
}
