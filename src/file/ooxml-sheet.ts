/**
 * One worksheet part → its cells, hidden rows, merges and table relationships,
 * in a single streaming pass over the shared XML layer: the values Office.js gives (numbers stay
 * numbers, date serials included; text; booleans; errors; formula results). Cells are placed by
 * their address, so rows and cells out of order read correctly; a reference outside
 * A1:XFD1048576 is refused, and the sheet's extent is checked against the budget as it grows
 * (`<dimension>` is what a writer claimed, not what is there: it is not read).
 */
import { serialFromIso } from "../engine/dates";
import type { RawCell } from "../workbook/raw";
import { MAX_COLUMN, MAX_ROW, parseCellReference, parseRange } from "../workbook/plan-address";
import { NO_RESULT, UNSUPPORTED_VALUE } from "./raw-errors";
import { SheetBuilder, type SheetBuilderLimits } from "./sheet-builder";
import { SheetShapeError } from "./sheet-shape-error";
import { decodeExcelEscapes } from "./xml/excel-escapes";
import {
  OFFICE_RELATIONSHIPS,
  OFFICE_RELATIONSHIPS_STRICT,
  SPREADSHEET_NAMESPACES,
} from "./xml/namespaces";
import { readXml, type XmlTag } from "./xml/xml-reader";

export interface SheetReadContext {
  sharedStrings: readonly string[];
  formatOf: (styleIndex: number) => string;
  /**
   * False when the workbook says its cached formula values are not results (fullCalcOnLoad):
   * every formula then reads as one without a result. Absent: the cached values are results.
   */
  formulaResultsSaved?: boolean;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;
/** An ISO date-time is short; longer text is not one (and is never scanned). */
const ISO_MAX_LENGTH = 40;

/** A `t="d"` cell: an ISO date-time as Excel's serial (1900 system), as Office.js would give it. */
function isoDateSerial(text: string): RawCell {
  const match = text.length <= ISO_MAX_LENGTH ? ISO_DATE_TIME.exec(text) : null;
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

function cellValue(
  type: string,
  text: string | null,
  hasFormula: boolean,
  context: SheetReadContext
): RawCell {
  if (hasFormula && context.formulaResultsSaved === false) return NO_RESULT;
  if (text === null) return hasFormula ? NO_RESULT : null;
  // A formula saved by a writer that does not calculate (openpyxl) keeps an empty `<v/>`: no
  // result, not a value in an unknown form. An empty text result (`t="str"`) is a real "".
  if (hasFormula && text === "" && type !== "str" && type !== "inlineStr") return NO_RESULT;
  switch (type) {
    case "inlineStr":
      return decodeExcelEscapes(text);
    case "s": {
      const shared = context.sharedStrings[Number(text)];
      return shared === undefined ? UNSUPPORTED_VALUE : shared;
    }
    case "str":
      return decodeExcelEscapes(text);
    case "b":
      return text === "1" || text === "true";
    case "e":
      return { error: text };
    case "d":
      return isoDateSerial(text);
    default: {
      const number = Number(text);
      return text.trim() !== "" && Number.isFinite(number) ? number : UNSUPPORTED_VALUE;
    }
  }
}

/** A row number as written in `<row r="…">`: digits only, 1..1048576; null otherwise. */
function parseRowNumber(text: string): number | null {
  if (text.length === 0 || text.length > 7) return null;
  let row = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  return row >= 1 && row <= MAX_ROW ? row : null;
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

export interface WorksheetRead {
  builder: SheetBuilder;
  /** Relationship ids of the sheet's Excel Tables (resolved by the caller). */
  tableRelationshipIds: string[];
}

/** What the reader is inside of, within a cell. */
const enum Capture {
  None,
  Value,
  InlineText,
}

/**
 * Reads a decoded worksheet part. Throws `SheetShapeError` for a reference outside the sheet,
 * `SheetExtentError` past the budget, `XmlPartError` for XML that is not well-formed.
 */
export function readWorksheetXml(
  xml: string,
  part: string,
  context: SheetReadContext,
  limits: SheetBuilderLimits = {}
): WorksheetRead {
  const builder = new SheetBuilder(limits);
  const tableRelationshipIds: string[] = [];
  let row = 0;
  let column = 0;
  let inCell = false;
  let cellType = "n";
  let cellStyle = 0;
  let hasFormula = false;
  let capture = Capture.None;
  let phoneticDepth = 0;
  let text: string | null = null;

  const refuse = (detail: string): never => {
    throw new SheetShapeError(detail);
  };

  const openRow = (tag: XmlTag) => {
    const written = tag.attribute("r");
    if (written === undefined) row += 1;
    else
      row = parseRowNumber(written) ?? refuse(`row number "${written}" is outside 1..${MAX_ROW}`);
    if (row > MAX_ROW) refuse(`a row after row ${MAX_ROW}, the last one a sheet has`);
    column = 0;
    if (isTrue(tag.attribute("hidden"))) builder.hideRow(row);
  };

  const openCell = (tag: XmlTag) => {
    const reference = tag.attribute("r");
    if (reference === undefined) {
      column += 1;
      if (row === 0) row = 1;
      if (column > MAX_COLUMN) refuse(`row ${row} has a cell after column XFD, the last one`);
    } else {
      const position =
        parseCellReference(reference) ??
        refuse(`the cell reference "${reference.slice(0, 20)}" is not inside A1:XFD1048576`);
      row = position.row;
      column = position.column;
    }
    inCell = true;
    cellType = tag.attribute("t") ?? "n";
    const style = tag.attribute("s");
    cellStyle = style === undefined ? 0 : Number(style);
    hasFormula = false;
    text = null;
  };

  readXml(
    xml,
    { part, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        if (inCell) {
          switch (tag.local) {
            case "v":
              if (cellType !== "inlineStr") ((capture = Capture.Value), (text = ""));
              break;
            case "f":
              hasFormula = true;
              break;
            case "is":
              if (cellType === "inlineStr") text = "";
              break;
            case "rPh":
              phoneticDepth += 1;
              break;
            case "t":
              if (cellType === "inlineStr" && phoneticDepth === 0) capture = Capture.InlineText;
              break;
          }
          return;
        }
        switch (tag.local) {
          case "row":
            openRow(tag);
            break;
          case "c":
            openCell(tag);
            break;
          case "mergeCell": {
            const reference = tag.attribute("ref") ?? "";
            try {
              builder.addMerge(parseRange(reference));
            } catch (error) {
              if (!(error instanceof RangeError)) throw error;
              refuse(`the merged range "${reference.slice(0, 30)}" is not inside A1:XFD1048576`);
            }
            break;
          }
          case "tablePart": {
            const id =
              tag.attribute("id", OFFICE_RELATIONSHIPS) ??
              tag.attribute("id", OFFICE_RELATIONSHIPS_STRICT);
            if (id !== undefined) tableRelationshipIds.push(id);
            break;
          }
        }
      },
      text(chunk) {
        if (capture !== Capture.None && text !== null) text += chunk;
      },
      close(tag) {
        if (!inCell) return;
        switch (tag.local) {
          case "v":
          case "t":
            capture = Capture.None;
            break;
          case "rPh":
            phoneticDepth -= 1;
            break;
          case "c":
            inCell = false;
            capture = Capture.None;
            phoneticDepth = 0;
            builder.add(
              row,
              column,
              cellValue(cellType, text, hasFormula, context),
              context.formatOf(cellStyle)
            );
            break;
        }
      },
    }
  );
  return { builder, tableRelationshipIds };
}
