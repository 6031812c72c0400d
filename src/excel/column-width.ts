/**
 * Column widths: the plan counts characters (as Excel's "Column Width" dialog and exceljs do),
 * Office.js sets points. With the default font (Calibri 11) a character is 7 pixels wide and
 * Excel adds 5 pixels of padding; a pixel is 0.75 point at 96 dpi.
 */
const DIGIT_WIDTH_PX = 7;
const PADDING_PX = 5;
const POINTS_PER_PIXEL = 0.75;

/** 10 characters → (10 × 7 + 5) × 0.75 = 56.25 points. */
export function pointsForCharacters(characters: number): number {
  return (characters * DIGIT_WIDTH_PX + PADDING_PX) * POINTS_PER_PIXEL;
}
