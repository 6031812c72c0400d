/**
 * A worksheet part from rows of values, written the way the tests' packages need it: numbers as
 * numbers, text as inline strings, row 1 at the top and column A at the left.
 */
import { columnLetter } from "../../../src/workbook/plan-address";
import { SPREADSHEET_NAMESPACE } from "./zip-builder";

/** Text as it may stand in an XML attribute or element. */
export function xmlEscaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function cellXml(reference: string, value: string | number): string {
  return typeof value === "number"
    ? `<c r="${reference}"><v>${value}</v></c>`
    : `<c r="${reference}" t="inlineStr"><is><t>${xmlEscaped(value)}</t></is></c>`;
}

export function inlineSheet(rows: readonly (readonly (string | number)[])[]): string {
  const rowsXml = rows
    .map((cells, r) => {
      const cellsXml = cells.map((value, c) => cellXml(`${columnLetter(c + 1)}${r + 1}`, value));
      return `<row r="${r + 1}">${cellsXml.join("")}</row>`;
    })
    .join("");
  return `<worksheet xmlns="${SPREADSHEET_NAMESPACE}"><sheetData>${rowsXml}</sheetData></worksheet>`;
}
