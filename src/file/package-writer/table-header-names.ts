/**
 * Excel Tables whose header row a column block writes or clears. Excel requires each header
 * cell of a Table to equal that Table's `<tableColumn name>` (names unique within the Table,
 * compared without regard to case); a file where they differ is "repaired" on opening and may
 * lose the Table. So a header the block writes inside a Table renames that table column (made
 * unique with " 2", " 3"… and the cell written with the same text), and a header cell inside a
 * Table that the block would clear without writing is left as it is.
 */
import { parseRange, type CellRange } from "../../workbook/plan-address";
import { SPREADSHEET_NAMESPACES } from "../xml/namespaces";
import { readXml } from "../xml/xml-reader";
import { withAttribute } from "./start-tag";

/** A table part's header row and the start tags of its columns, located in its text. */
export interface TableHeader {
  path: string;
  xml: string;
  /** 1-based row of the header row and the table's first column. */
  headerRow: number;
  firstColumn: number;
  columns: { start: number; end: number; name: string }[];
}

/** The header the block writes: its row, first column and texts left to right. */
export interface WrittenHeader {
  row: number;
  firstColumn: number;
  headers: readonly string[];
}

export interface TableHeaderEdit {
  /** The text to write in each header cell of the block inside a Table, by column. */
  headerText: Map<number, string>;
  /** Header cells inside a Table that the block clears but does not write: kept as they are. */
  keep: CellRange[];
  /** The table parts whose column names changed, as their new text. */
  parts: Map<string, string>;
}

/** The table part's header, or null when the table shows no header row. */
export function readTableHeader(xml: string, path: string): TableHeader | null {
  let depth = 0;
  let header: TableHeader | null = null;
  let shown = true;
  readXml(
    xml,
    { part: path, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        depth += 1;
        if (depth === 1 && tag.local === "table") {
          const reference = tag.attribute("ref");
          shown = Number(tag.attribute("headerRowCount") ?? 1) > 0;
          if (!reference) return;
          const range = parseRange(reference);
          header = { path, xml, headerRow: range.top, firstColumn: range.left, columns: [] };
        } else if (depth === 3 && tag.local === "tableColumn" && header !== null)
          header.columns.push({
            start: tag.start,
            end: tag.end,
            name: tag.attribute("name") ?? "",
          });
      },
      close() {
        depth -= 1;
      },
    }
  );
  return shown ? header : null;
}

/** `wanted`, or `wanted 2`, `wanted 3`… whichever no taken name equals (case aside). */
function uniqueName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let number = 2; taken.has(name.toLowerCase()); number += 1) name = `${wanted} ${number}`;
  taken.add(name.toLowerCase());
  return name;
}

const inside = (range: CellRange, row: number, column: number): boolean =>
  row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;

/** What writing `written` and clearing `cleared` means for the sheet's tables. */
export function tableHeaderEdit(
  tables: readonly TableHeader[],
  written: WrittenHeader,
  cleared: readonly CellRange[]
): TableHeaderEdit {
  const edit: TableHeaderEdit = { headerText: new Map(), keep: [], parts: new Map() };
  const lastWritten = written.firstColumn + written.headers.length - 1;
  for (const table of tables) {
    const isWritten = (column: number) =>
      table.headerRow === written.row && column >= written.firstColumn && column <= lastWritten;
    const taken = new Set<string>();
    table.columns.forEach((item, index) => {
      if (!isWritten(table.firstColumn + index)) taken.add(item.name.toLowerCase());
    });
    let xml = table.xml;
    // From the last column back, so the offsets of the ones before stay true.
    const renamed: { start: number; end: number; name: string }[] = [];
    table.columns.forEach((item, index) => {
      const column = table.firstColumn + index;
      if (isWritten(column)) {
        const name = uniqueName(written.headers[column - written.firstColumn], taken);
        edit.headerText.set(column, name);
        if (name !== item.name) renamed.push({ ...item, name });
      } else if (cleared.some((range) => inside(range, table.headerRow, column)))
        edit.keep.push({
          top: table.headerRow,
          bottom: table.headerRow,
          left: column,
          right: column,
        });
    });
    for (const item of renamed.reverse())
      xml =
        xml.slice(0, item.start) +
        withAttribute(xml.slice(item.start, item.end), "name", item.name) +
        xml.slice(item.end);
    if (renamed.length > 0) edit.parts.set(table.path, xml);
  }
  return edit;
}
