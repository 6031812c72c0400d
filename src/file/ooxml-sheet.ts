/**
 * One worksheet part's XML → its cells, hidden rows, merges and table relationships, read in a
 * single pass with regular expressions: the form Office.js gives (numbers stay numbers, date
 * serials included; text; booleans; errors; formula results), without building any objects
 * per cell beyond the value itself. A 100,000-row ledger reads in about a second.
 */
import { serialFromIso } from "../engine/dates";
import type { RawCell } from "../workbook/raw";
import { parseRange } from "./a1";
import { NO_RESULT, UNSUPPORTED_VALUE } from "./raw-errors";
import { SheetBuilder } from "./sheet-builder";
import { attributesOf, decodeXmlText, elements, isTrue, stringItemText } from "./xml-text";

export interface SheetReadContext {
  sharedStrings: readonly string[];
  formatOf: (styleIndex: number) => string;
}

/** A `<row>` or `<c>` start tag, with its namespace prefix and attributes. */
const ROW_OR_CELL = /<([\w.-]+:)?(row|c)\b([^>]*?)(\/?)>/g;
const VALUE = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
/** Start tags whose attributes are not all ` name="value"` need the general attribute reader. */
const UNUSUAL_ATTRIBUTES = /[\t\n\r']/;
const FORMULA = /<(?:[\w.-]+:)?f\b/;
const INLINE_STRING = /<(?:[\w.-]+:)?is>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const A1_RANGE = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;

/** "AB12" → { column: 28, row: 12 }; NaN parts when the reference is malformed. */
function splitReference(reference: string): { column: number; row: number } {
  let column = 0;
  let index = 0;
  for (; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return { column: column || Number.NaN, row: Number(reference.slice(index)) };
}

/** A `t="d"` cell: an ISO date-time as Excel's serial (1900 system), as Office.js would give it. */
function isoDateSerial(text: string): RawCell {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return UNSUPPORTED_VALUE;
  const [hours, minutes, seconds] = [
    Number(match[2] ?? 0),
    Number(match[3] ?? 0),
    Number(match[4] ?? 0),
  ];
  try {
    return serialFromIso(match[1]) + (hours * 3600 + minutes * 60 + seconds) / 86_400;
  } catch (error) {
    if (error instanceof RangeError) return UNSUPPORTED_VALUE;
    throw error;
  }
}

/**
 * One attribute of a start tag's inside. The hot path (`<c r="B7" s="3" t="s">` as every writer
 * spells it) uses indexOf; anything unusual goes through the general attribute reader.
 */
function attribute(inside: string, name: string): string | undefined {
  if (UNUSUAL_ATTRIBUTES.test(inside)) return attributesOf(inside).get(name);
  const key = ` ${name}="`;
  const at = inside.indexOf(key);
  if (at < 0) return undefined;
  const start = at + key.length;
  return decodeXmlText(inside.slice(start, inside.indexOf('"', start)));
}

/** The text of the cell's `<v>` element, or null when it has none. */
function valueText(inner: string): string | null {
  const start = inner.indexOf("<v>");
  if (start >= 0) {
    const end = inner.indexOf("</v>", start);
    if (end >= 0) return inner.slice(start + 3, end);
  }
  const prefixed = VALUE.exec(inner);
  return prefixed ? prefixed[1] : null;
}

function cellValue(type: string, inner: string, sharedStrings: readonly string[]): RawCell {
  if (type === "inlineStr") {
    const inline = INLINE_STRING.exec(inner);
    return inline ? stringItemText(inline[1]) : null;
  }
  const text = valueText(inner);
  if (text === null) return FORMULA.test(inner) ? NO_RESULT : null;
  switch (type) {
    case "s": {
      const shared = sharedStrings[Number(text)];
      return shared === undefined ? UNSUPPORTED_VALUE : shared;
    }
    case "str":
      return decodeXmlText(text);
    case "b":
      return text === "1" || text === "true";
    case "e":
      return { error: decodeXmlText(text) };
    case "d":
      return isoDateSerial(text);
    default: {
      const number = Number(text);
      return text.trim() !== "" && Number.isFinite(number) ? number : UNSUPPORTED_VALUE;
    }
  }
}

/** The sheetData element's inside, and what follows it (merges, table parts). */
function splitSheet(xml: string): { data: string; tail: string } {
  const start = /<(?:[\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!start) return { data: "", tail: xml };
  const dataStart = start.index + start[0].length;
  if (start[1] === "/") return { data: "", tail: xml.slice(dataStart) };
  // The end tag is near the end of the part: search backwards for it, prefix and all.
  const plainEnd = xml.lastIndexOf("</sheetData>");
  let dataEnd = plainEnd >= dataStart ? plainEnd : -1;
  if (dataEnd < 0) {
    const prefix = /^<([\w.-]+:)?/.exec(start[0])?.[1] ?? "";
    const prefixedEnd = xml.lastIndexOf(`</${prefix}sheetData>`);
    dataEnd = prefixedEnd >= dataStart ? prefixedEnd : xml.length;
  }
  return { data: xml.slice(dataStart, dataEnd), tail: xml.slice(dataEnd) };
}

function readCells(data: string, context: SheetReadContext, builder: SheetBuilder): void {
  const token = new RegExp(ROW_OR_CELL.source, "g");
  let row = 0;
  let column = 0;
  for (let match = token.exec(data); match !== null; match = token.exec(data)) {
    const inside = match[3];
    if (match[2] === "row") {
      const rowNumber = attribute(inside, "r");
      row = rowNumber === undefined ? row + 1 : Number(rowNumber);
      column = 0;
      if (isTrue(attribute(inside, "hidden"))) builder.hideRow(row);
      continue;
    }
    const reference = attribute(inside, "r");
    if (reference === undefined) {
      column += 1;
    } else {
      const position = splitReference(reference);
      column = position.column;
      row = position.row;
    }
    let inner = "";
    if (match[4] !== "/") {
      const closing = `</${match[1] ?? ""}c>`;
      const end = data.indexOf(closing, token.lastIndex);
      inner = data.slice(token.lastIndex, end < 0 ? data.length : end);
      token.lastIndex = end < 0 ? data.length : end + closing.length;
    }
    if (!Number.isFinite(row) || !Number.isFinite(column)) continue;
    const style = Number(attribute(inside, "s") ?? 0);
    builder.add(
      row,
      column,
      cellValue(attribute(inside, "t") ?? "n", inner, context.sharedStrings),
      context.formatOf(style)
    );
  }
}

export interface WorksheetRead {
  builder: SheetBuilder;
  /** Relationship ids of the sheet's Excel Tables (resolved by the caller). */
  tableRelationshipIds: string[];
}

export function readWorksheetXml(xml: string, context: SheetReadContext): WorksheetRead {
  const builder = new SheetBuilder();
  const { data, tail } = splitSheet(xml);
  readCells(data, context, builder);
  for (const merge of elements(tail, "mergeCell")) {
    const reference = merge.get("ref");
    if (reference && A1_RANGE.test(reference)) builder.addMerge(parseRange(reference));
  }
  const tableRelationshipIds = elements(tail, "tablePart")
    .map(
      (part) => part.get("r:id") ?? [...part.entries()].find(([key]) => key.endsWith(":id"))?.[1]
    )
    .filter((id): id is string => id !== undefined);
  return { builder, tableRelationshipIds };
}
