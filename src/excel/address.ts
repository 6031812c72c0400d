/**
 * Reading the A1 addresses Office.js returns ("Sheet1!B2:D9", "'Q1 sales'!A1,'Q1 sales'!C3",
 * "B:B", "7:9") into 1-based row and column numbers. Writing addresses is `workbook/plan-address`.
 */
import { columnNumber, MAX_COLUMN, MAX_ROW } from "../workbook/plan-address";

/** A rectangle of cells, 1-based and inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const unreadableAddress = (address: string): string =>
  `Excel returned an address that cannot be read: "${address}"`;

/** Drops a leading sheet name ("Sheet1!", "'It''s'!"): the last "!" outside quotes ends it. */
export function withoutSheetName(address: string): string {
  let inQuotes = false;
  let cut = -1;
  for (let index = 0; index < address.length; index++) {
    const char = address[index];
    if (char === "'") inQuotes = !inQuotes;
    else if (char === "!" && !inQuotes) cut = index;
  }
  return address.slice(cut + 1);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const WHOLE_COLUMN = /^\$?([A-Za-z]{1,3})$/;
const WHOLE_ROW = /^\$?(\d+)$/;

interface Corner {
  row: number | null;
  column: number | null;
}

function parseCorner(text: string, address: string): Corner {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]), column: columnNumber(cell[1]) };
  const column = WHOLE_COLUMN.exec(text);
  if (column) return { row: null, column: columnNumber(column[1]) };
  const row = WHOLE_ROW.exec(text);
  if (row) return { row: Number(row[1]), column: null };
  throw new RangeError(unreadableAddress(address));
}

/** One rectangle: "B2", "B2:D9", "B:D" (whole columns) or "3:5" (whole rows), sheet name allowed. */
export function parseBox(address: string): CellBox {
  const local = withoutSheetName(address.trim());
  const [first, second = first] = local.split(":");
  const start = parseCorner(first, address);
  const end = parseCorner(second, address);
  const box: CellBox = {
    top: start.row ?? 1,
    left: start.column ?? 1,
    bottom: end.row ?? MAX_ROW,
    right: end.column ?? MAX_COLUMN,
  };
  if (box.top < 1 || box.bottom < box.top || box.right < box.left) {
    throw new RangeError(unreadableAddress(address));
  }
  return box;
}

/** Splits at commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let index = 0; index < address.length; index++) {
    const char = address[index];
    if (char === "'") inQuotes = !inQuotes;
    else if (char === "," && !inQuotes) {
      parts.push(address.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** A list of areas as `RangeAreas.address` gives it: "Sheet1!A1:B2,Sheet1!D4". */
export function parseAreas(address: string): CellBox[] {
  return splitAreas(address).map(parseBox);
}

export function boxRows(box: CellBox): number {
  return box.bottom - box.top + 1;
}

export function boxColumns(box: CellBox): number {
  return box.right - box.left + 1;
}
