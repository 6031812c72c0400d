/**
 * Column widths that fit a column's header and values, and how many lines the header wraps
 * into. Widths are in characters (the width of a digit in the default font), as the plan
 * counts them; CJK characters count double.
 *
 * - Numbers are never cut (a number too wide for its column shows as "###"): the column is at
 *   least as wide as the widest number in its format.
 * - Text is fitted up to MAX_TEXT_WIDTH; longer text (a list of reasons) runs on into the next
 *   empty cell or is cut at the edge, which a reader sees as cut, never as a wrong value.
 * - A header longer than SINGLE_LINE_HEADER wraps onto at most MAX_HEADER_LINES lines rather than
 *   widen a column of short values; it never wraps inside a word (CJK text wraps between
 *   characters, as spreadsheets wrap it).
 */
import type { PlanValue } from "./plan";
import { formattedNumberWidth } from "./formatted-width";
import { codePointWidth, displayWidth } from "./text-width";

/** Space left and right of the text, in characters: letters are on average wider than digits. */
export const COLUMN_PADDING = 2;
export const MIN_COLUMN_WIDTH = 6;
export const MAX_TEXT_WIDTH = 60;
/** Headers up to this width stay on one line. */
export const SINGLE_LINE_HEADER = 12;
export const MAX_HEADER_LINES = 2;

/** The widest value of one column, measured as values arrive (numbers by their extremes). */
export class ColumnWidthTally {
  private textWidth = 0;
  /** Per format: the largest and smallest number, the widest ones once formatted. */
  private readonly extremes = new Map<string, { max: number; min: number }>();
  private readonly seenText = new Set<string>();

  add(value: PlanValue, format: string): void {
    if (value === null) return;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return;
      const range = this.extremes.get(format);
      if (range === undefined) this.extremes.set(format, { max: value, min: value });
      else {
        if (value > range.max) range.max = value;
        if (value < range.min) range.min = value;
      }
      return;
    }
    if (typeof value === "boolean") {
      this.textWidth = Math.max(this.textWidth, value ? 4 : 5);
      return;
    }
    // No character is wider than two columns: a text this short cannot widen the column, and
    // skipping it here spares the set below every unique name of a long sheet.
    if (value.length * 2 <= this.textWidth) return;
    // Labels repeat on every row: each distinct text is measured once.
    if (this.seenText.has(value)) return;
    this.seenText.add(value);
    this.textWidth = Math.max(this.textWidth, displayWidth(value));
  }

  /** Widest number and widest text, in characters. */
  widths(): { numbers: number; text: number } {
    let numbers = 0;
    for (const [format, { max, min }] of this.extremes)
      numbers = Math.max(
        numbers,
        formattedNumberWidth(max, format),
        formattedNumberWidth(min, format)
      );
    return { numbers, text: this.textWidth };
  }
}

/** Pieces a header may break between: words, and each CJK character on its own. */
function headerPieces(header: string): { width: number; spaceBefore: boolean }[] {
  const pieces: { width: number; spaceBefore: boolean }[] = [];
  let current = 0;
  let spaceBefore = false;
  const flush = () => {
    if (current > 0) pieces.push({ width: current, spaceBefore });
    current = 0;
    spaceBefore = false;
  };
  for (const character of header) {
    if (character === " ") {
      flush();
      spaceBefore = true;
      continue;
    }
    const width = codePointWidth(character.codePointAt(0) ?? 0);
    if (width === 2) {
      flush();
      pieces.push({ width, spaceBefore: false });
    } else current += width;
  }
  flush();
  return pieces;
}

/** Lines a header takes when wrapped at `width` characters (greedy, as spreadsheets wrap). */
export function headerLineCount(header: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const piece of headerPieces(header)) {
    const needed = used === 0 ? piece.width : used + (piece.spaceBefore ? 1 : 0) + piece.width;
    if (used > 0 && needed > width) {
      lines += 1;
      used = piece.width;
    } else used = needed;
  }
  return lines;
}

export interface FittedColumn {
  /** Column width in characters, padding included. */
  width: number;
  /** Lines the header takes at that width (1: no wrapping). */
  headerLines: number;
}

/** The width of a column with this header and these values, and its header's lines. */
export function fitColumn(header: string, values: { numbers: number; text: number }): FittedColumn {
  const content = Math.max(values.numbers, Math.min(values.text, MAX_TEXT_WIDTH));
  const headerWidth = displayWidth(header);
  const longestPiece = headerPieces(header).reduce(
    (widest, piece) => Math.max(widest, piece.width),
    0
  );
  let inside = Math.max(content, MIN_COLUMN_WIDTH - COLUMN_PADDING);
  if (headerWidth <= Math.max(inside, SINGLE_LINE_HEADER)) inside = Math.max(inside, headerWidth);
  else {
    inside = Math.max(inside, longestPiece);
    while (headerLineCount(header, inside) > MAX_HEADER_LINES) inside += 1;
  }
  return { width: inside + COLUMN_PADDING, headerLines: headerLineCount(header, inside) };
}

/** Height of a row showing `lines` lines of the default font (15 points a line, as Excel's default row). */
export const LINE_HEIGHT_POINTS = 15;

export function rowHeightForLines(lines: number): number {
  return lines * LINE_HEIGHT_POINTS;
}
