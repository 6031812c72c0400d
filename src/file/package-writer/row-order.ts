/**
 * A worksheet whose rows are out of order or split over several `<row>` elements with the same
 * number (valid XML that Excel repairs and other programs read as they please) is put right
 * before it is patched: its rows in ascending order, each number once, the cells of a split row
 * joined in column order. No cell is lost; a cell written twice is refused with a sentence
 * naming it, since which of the two a program shows is not defined.
 */
import { cellAddress, columnOfReference } from "../../workbook/plan-address";
import { SPREADSHEET_NAMESPACES } from "../xml/namespaces";
import { readXml } from "../xml/xml-reader";
import { hasAttribute, tagPrefix, withAttribute, withoutAttribute } from "./start-tag";
import { WorksheetShapeError } from "./worksheet-xml";

/** Thrown by the patching pass on meeting a row number at or below the one before. */
export class RowsOutOfOrder extends Error {
  override name = "RowsOutOfOrder";
}

interface CellText {
  column: number;
  /** The element, its address stated. */
  xml: string;
}

interface RowText {
  number: number;
  /** Position in the document, to keep the order of elements with the same number. */
  order: number;
  /** The whole element, as written. */
  whole: string;
  /** The start tag. */
  tag: string;
  cells: CellText[];
}

function readRows(xml: string, part: string) {
  const rows: RowText[] = [];
  let depth = 0;
  let sheetData: { start: number; end: number } | null = null;
  let row: RowText | null = null;
  let rowStart = 0;
  let cellStart = 0;
  let cellTag = "";
  let cellColumn = 0;
  readXml(
    xml,
    { part, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        depth += 1;
        if (depth === 2 && tag.local === "sheetData") sheetData = { start: tag.end, end: tag.end };
        else if (depth === 3 && tag.local === "row") {
          const given = tag.attribute("r");
          const previous = rows.length > 0 ? rows[rows.length - 1].number : 0;
          row = {
            number: given === undefined ? previous + 1 : Number(given),
            order: rows.length,
            whole: "",
            tag: xml.slice(tag.start, tag.end),
            cells: [],
          };
          rowStart = tag.start;
        } else if (depth === 4 && tag.local === "c" && row !== null) {
          const reference = tag.attribute("r");
          const previous = row.cells.length > 0 ? row.cells[row.cells.length - 1].column : 0;
          cellColumn = (reference === undefined ? 0 : columnOfReference(reference)) || previous + 1;
          cellStart = tag.end;
          cellTag =
            reference === undefined
              ? withAttribute(
                  xml.slice(tag.start, tag.end),
                  "r",
                  cellAddress(row.number, cellColumn)
                )
              : xml.slice(tag.start, tag.end);
        }
      },
      close(tag) {
        const at = depth;
        depth -= 1;
        if (at === 4 && tag.local === "c" && row !== null)
          row.cells.push({ column: cellColumn, xml: cellTag + xml.slice(cellStart, tag.end) });
        else if (at === 3 && tag.local === "row" && row !== null) {
          row.whole = xml.slice(rowStart, tag.end);
          rows.push(row);
          row = null;
        } else if (at === 2 && tag.local === "sheetData" && sheetData !== null)
          sheetData.end = tag.start;
      },
    }
  );
  return { rows, sheetData: sheetData as { start: number; end: number } | null };
}

/** One element for the rows of one number: the first one's start tag, every cell in column order. */
function joinedRow(rows: RowText[]): string {
  const number = rows[0].number;
  const cells = rows.flatMap((row) => row.cells).sort((a, b) => a.column - b.column);
  for (let at = 1; at < cells.length; at += 1)
    if (cells[at].column === cells[at - 1].column)
      throw new WorksheetShapeError(
        `the cell ${cellAddress(number, cells[at].column)} is written twice, and programs differ in which one they show`
      );
  let tag = withoutAttribute(rows[0].tag, "spans");
  if (!hasAttribute(tag, "r")) tag = withAttribute(tag, "r", String(number));
  if (cells.length === 0) return tag.endsWith("/>") ? tag : `${tag.slice(0, -1)}/>`;
  const open = tag.endsWith("/>") ? `${tag.slice(0, -2)}>` : tag;
  return `${open}${cells.map((cell) => cell.xml).join("")}</${tagPrefix(tag)}row>`;
}

/** The worksheet with its rows ascending, one element per number. */
export function orderRows(xml: string, part: string): string {
  const { rows, sheetData } = readRows(xml, part);
  if (sheetData === null) throw new WorksheetShapeError("it has no <sheetData> element");
  const sorted = [...rows].sort((a, b) => a.number - b.number || a.order - b.order);
  const out: string[] = [];
  for (let at = 0; at < sorted.length;) {
    let next = at + 1;
    while (next < sorted.length && sorted[next].number === sorted[at].number) next += 1;
    const group = sorted.slice(at, next);
    const first = group[0];
    if (group.length === 1 && hasAttribute(first.tag, "r")) out.push(first.whole);
    else out.push(joinedRow(group));
    at = next;
  }
  return xml.slice(0, sheetData.start) + out.join("") + xml.slice(sheetData.end);
}
