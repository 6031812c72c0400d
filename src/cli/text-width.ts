/**
 * Aligned terminal tables. A terminal shows Chinese, Japanese and Korean characters and
 * full-width forms two columns wide and combining marks zero wide, so padding by
 * `string.length` would misalign every table in zh-CN or zh-TW.
 */
/** The one width measure of the project, shared with the column widths of the output plan. */
import { displayWidth } from "../workbook/text-width";

export type Align = "left" | "right";

export function pad(text: string, width: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/** Space between two columns of a table. */
const GUTTER = "  ";

/**
 * Rows as aligned lines: each column as wide as its widest cell, cells aligned as asked (left
 * when not said), trailing spaces removed. Rows may be shorter than others.
 */
export function alignedTable(
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
  indent = ""
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) => {
    const cells = row.map((cell, column) => pad(cell, widths[column], align[column] ?? "left"));
    return (indent + cells.join(GUTTER)).trimEnd();
  });
}
