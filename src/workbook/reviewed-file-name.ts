/**
 * The name of a reviewed copy, one rule for the command line's default `--out` and the pane's
 * download, so a user finds the same file name whichever they used. The input keeps its name:
 * the copy is a new file beside it.
 */
const XLSX = ".xlsx";
export const REVIEWED_SUFFIX = `.reviewed${XLSX}`;

/** "book.xlsx" → "book.reviewed.xlsx", "Book.XLSX" → "Book.reviewed.xlsx", "book" → "book.reviewed.xlsx". */
export function reviewedFileName(name: string): string {
  const stem = name.toLowerCase().endsWith(XLSX) ? name.slice(0, -XLSX.length) : name;
  return `${stem}${REVIEWED_SUFFIX}`;
}
