/**
 * Two-row headers: a row of group titles, often merged ("Invoice" over "No." and "Date",
 * "Amounts" over "Gross" and "Paid"), above the real headers, with single headers merged down
 * through both rows. A header cell is read in the light of the row above it:
 * - a blank cell inside a merge that starts above takes the merge's text ("Customer ID" merged
 *   down over two rows);
 * - a header under a group title is read together with it ("Invoice" + "No." = "Invoice No."),
 *   when that names a field the header alone does not ("Payment" + "Date" is the paid date, not
 *   the invoice date).
 * The title row is then never mistaken for the header row: it holds fewer known headers.
 */
import type { FieldIndex } from "./header-index";
import { fieldsForHeader } from "./header-index";
import type { RawMerge } from "./raw";
import type { Grid } from "./sheet-grid";
import { headerText } from "./sheet-grid";

export interface HeaderCell {
  /** The header as read: its own text, the text merged down into it, or title + header. */
  text: string;
  fields: readonly string[];
  /** The group title above the header (one that names a field, or that the header was read with), else null. */
  groupTitle: string | null;
}

/** The merges that reach into a header row or the row above it, looked up per cell. */
export interface HeaderMerges {
  covering(row: number, column: number): RawMerge | undefined;
}

export function headerMerges(grid: Grid, headerRow: number): HeaderMerges {
  const near = (grid.sheet.merges ?? []).filter(
    (merge) => merge.top <= headerRow && merge.bottom >= headerRow - 1
  );
  return {
    covering: (row, column) =>
      near.find(
        (merge) =>
          merge.top <= row && merge.bottom >= row && merge.left <= column && merge.right >= column
      ),
  };
}

const NO_CELL: HeaderCell = { text: "", fields: [], groupTitle: null };

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((field) => b.includes(field));
}

export function readHeaderCell(
  grid: Grid,
  merges: HeaderMerges,
  index: FieldIndex,
  row: number,
  column: number
): HeaderCell {
  const own = headerText(grid.raw(row, column));
  const mergedHere = merges.covering(row, column);
  if (own.length === 0) {
    if (mergedHere === undefined || mergedHere.top >= row) return NO_CELL;
    const text = headerText(grid.raw(mergedHere.top, mergedHere.left));
    if (text.length === 0) return NO_CELL;
    return { text, fields: fieldsForHeader(index, text), groupTitle: null };
  }
  const fields = fieldsForHeader(index, own);
  if (row <= grid.firstRow) return { text: own, fields, groupTitle: null };
  const mergedAbove = merges.covering(row - 1, column);
  // One merge over both rows is one header, not a title over a header.
  if (mergedAbove !== undefined && mergedAbove === mergedHere)
    return { text: own, fields, groupTitle: null };
  const title = headerText(
    mergedAbove === undefined
      ? grid.raw(row - 1, column)
      : grid.raw(mergedAbove.top, mergedAbove.left)
  );
  if (title.length === 0) return { text: own, fields, groupTitle: null };
  const combined = `${title} ${own}`;
  const combinedFields = fieldsForHeader(index, combined);
  if (combinedFields.length > 0 && !sameFields(combinedFields, fields))
    return { text: combined, fields: combinedFields, groupTitle: title };
  // A title that names a field itself ("Amounts" over "Gross Amount") is a group title too,
  // though the header needs no help from it; a table's title ("Ledger 2025") is not.
  const titleNamesField = fieldsForHeader(index, title).length > 0;
  return { text: own, fields, groupTitle: titleNamesField ? title : null };
}
