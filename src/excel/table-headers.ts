/**
 * Excel gives an emptied Table header cell a default name ("Column1"), so clearing owned cells
 * must never clear a header cell of an Excel Table: a range to clear is cut around every Table
 * header row it crosses. Pure.
 */
import { rangeAddress } from "../workbook/plan-address";
import { type CellBox, parseBox } from "./address";

function intersection(a: CellBox, b: CellBox): CellBox | null {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

/** `box` without the cells of the one-row `header`: up to four boxes (above, left, right, below). */
function cutAround(box: CellBox, header: CellBox): CellBox[] {
  const overlap = intersection(box, header);
  if (!overlap) return [box];
  const row = overlap.top;
  const pieces: CellBox[] = [
    { top: box.top, left: box.left, bottom: row - 1, right: box.right },
    { top: row, left: box.left, bottom: row, right: overlap.left - 1 },
    { top: row, left: overlap.right + 1, bottom: row, right: box.right },
    { top: row + 1, left: box.left, bottom: box.bottom, right: box.right },
  ];
  return pieces.filter((piece) => piece.top <= piece.bottom && piece.left <= piece.right);
}

/** The A1 ranges that clear `address` except the Table header cells (`headers`, one row each). */
export function clearableRanges(address: string, headers: readonly string[]): string[] {
  let boxes = [parseBox(address)];
  for (const header of headers) boxes = boxes.flatMap((box) => cutAround(box, parseBox(header)));
  return boxes.map((box) => rangeAddress(box.top, box.left, box.bottom, box.right));
}
