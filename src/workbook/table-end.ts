/**
 * Where a table found by scanning ends (an Excel Table ends where its range does). People put
 * things under a table after a blank row: a signature ("Prepared by: Ann"), a note, a second
 * small table. Those are not data. But a blank row inside a ledger must not cut off the real
 * rows below it, so a blank row alone never ends a table: the first filled row after it decides.
 * That row ends the table when it repeats the header (a second table), or when its id cell holds
 * no id (empty, a totals word, or a phrase or label: text with a space or a colon) and it holds
 * no figure either (nothing in the table's columns besides the id and the name). Everything
 * from there down is left unread and said once, so nothing is dropped in silence.
 */
import type { FieldIndex } from "./header-index";
import { fieldsForHeader } from "./header-index";
import { isBlankCell } from "./parsed";
import type { RawCell } from "./raw";
import type { Grid } from "./sheet-grid";
import { headerText } from "./sheet-grid";
import { isTotalLabel } from "./total-label";
import { normaliseCellText } from "./text-normalise";

/** What a row of this table is checked against (the role's header words and key columns). */
export interface TableEndRule {
  index: FieldIndex;
  required: readonly string[];
  /** The id column (customer id), if found. */
  idColumn: number | undefined;
  /** Columns of free text that say which row it is (the name): not figures. */
  labelColumns: readonly number[];
}

/** First and last filled rows left unread below the table. */
export interface RowSpan {
  first: number;
  last: number;
}

/** Whether the filled row that follows a blank row starts something other than table data. */
export function endsTable(
  grid: Grid,
  row: number,
  columns: readonly number[],
  rule: TableEndRule
): boolean {
  if (repeatsHeader(grid, row, columns, rule)) return true;
  if (rule.idColumn !== undefined && isIdLike(grid.value(row, rule.idColumn))) return false;
  return !columns.some(
    (column) =>
      column !== rule.idColumn &&
      !rule.labelColumns.includes(column) &&
      !isBlankCell(grid.value(row, column))
  );
}

/** The row reads as a header of this role: it names a required field and one more field. */
function repeatsHeader(
  grid: Grid,
  row: number,
  columns: readonly number[],
  rule: TableEndRule
): boolean {
  const named = new Set<string>();
  for (const column of columns) {
    for (const field of fieldsForHeader(rule.index, headerText(grid.raw(row, column))))
      named.add(field);
  }
  return named.size >= 2 && rule.required.some((field) => named.has(field));
}

/** An id is a number or one word; a phrase, a label ending in a colon or a totals word is not. */
export function isIdLike(cell: RawCell): boolean {
  if (typeof cell === "number") return Number.isFinite(cell);
  if (typeof cell !== "string") return false;
  const text = normaliseCellText(cell);
  if (text.length === 0 || isTotalLabel(text)) return false;
  // NFKC (in normaliseCellText) has turned ideographic spaces and the full-width colon to ASCII.
  return !text.includes(":") && !/\s/u.test(text);
}
