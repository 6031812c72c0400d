/**
 * Argument checks shared by every custom function. Each check returns the clean value or throws
 * ArgumentFailure naming the argument, so a function body reads as a few plain lines.
 * Excel passes `any` arguments as number, string, boolean, or null/"" for a blank cell; an
 * omitted optional argument arrives as null or undefined. A data-type value is read by its plain
 * value (data-type-value.ts).
 */
import { FIRST_SAFE_SERIAL, serialFromIso } from "../engine/dates";
import { minor } from "../engine/money";
import { serialDate } from "../engine/serial-date";
import type { Minor, SerialDate } from "../engine/types";
import { type DataTypeValue, type PlainCell, plainValue } from "./data-type-value";
import { type DateSystem, inWorkbookSystem } from "./date-system";
import type { InterpolationParams } from "../i18n/interpolate";
import type { ArgumentPlace, FunctionFailureReason } from "../i18n/function-messages";
import { ArgumentFailure, type ArgumentName, FAILURE_CODES, type FailureCode } from "./failure";

/** One value as Excel hands it to a custom function. */
export type CellInput = PlainCell | DataTypeValue;
/** A range (or array constant) as Excel hands it: rows of cells. */
export type RangeInput = CellInput[][];

/** 9999-12-31, the last date Excel can show. */
export const LAST_SERIAL: SerialDate = serialDate(2958465);

const ISO_DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

function invalidValue(
  reason: FunctionFailureReason,
  name: ArgumentName,
  values?: InterpolationParams
): ArgumentFailure {
  return new ArgumentFailure(FAILURE_CODES.invalidValue, reason, values, name);
}

function invalidNumber(
  reason: FunctionFailureReason,
  name: ArgumentName,
  values?: InterpolationParams
): ArgumentFailure {
  return new ArgumentFailure(FAILURE_CODES.invalidNumber, reason, values, name);
}

export function isBlank(input: CellInput): boolean {
  const value = plainValue(input);
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** A finite number; text, booleans and blanks are refused (#VALUE!). */
export function requireNumber(input: CellInput, name: ArgumentName): number {
  const value = plainValue(input);
  if (isBlank(value)) throw invalidValue("required", name);
  if (typeof value !== "number") throw invalidValue("notANumber", name, { value: String(value) });
  if (!Number.isFinite(value)) throw invalidNumber("notANumber", name, { value: String(value) });
  return value;
}

/** Like requireNumber, but a blank or omitted argument gives undefined. */
export function optionalNumber(value: CellInput, name: ArgumentName): number | undefined {
  return isBlank(value) ? undefined : requireNumber(value, name);
}

export function atLeast(value: number, name: ArgumentName, min: number): number {
  if (value < min) throw invalidNumber("belowMinimum", name, { value, min });
  return value;
}

export function positive(value: number, name: ArgumentName): number {
  if (value <= 0) throw invalidNumber("notPositive", name, { value });
  return value;
}

export function between(value: number, name: ArgumentName, min: number, max: number): number {
  if (value < min || value > max) throw invalidNumber("outOfRange", name, { value, min, max });
  return value;
}

export function wholeNumber(value: number, name: ArgumentName): number {
  if (!Number.isInteger(value)) throw invalidNumber("notAWholeNumber", name, { value });
  return value;
}

/** TRUE/FALSE (numbers: 0 is FALSE, as in Excel); blank or omitted gives `fallback`. */
export function optionalFlag(input: CellInput, name: string, fallback: boolean): boolean {
  const value = plainValue(input);
  if (isBlank(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  throw invalidValue("notABoolean", name, { value: String(value) });
}

/**
 * A whole-day serial date of the workbook. Serial numbers keep their date part (45000.75 →
 * 45000); ISO text (2026-03-05) is read as that calendar day in the workbook's date system.
 * Serials before 61 (1900-03-01 in the 1900 system) fall in Excel's 1900 leap-year gap and are
 * refused (#NUM!).
 */
export function requireDate(input: CellInput, name: string, system: DateSystem): SerialDate {
  const value = plainValue(input);
  if (typeof value === "string" && ISO_DATE_TEXT.test(value.trim()))
    return inWorkbookSystem(isoDate(value.trim(), name), system);
  if (typeof value === "string" && !isBlank(value)) throw invalidValue("notADate", name, { value });
  const serial = Math.floor(requireNumber(value, name));
  if (serial < FIRST_SAFE_SERIAL || serial > LAST_SERIAL) {
    throw invalidNumber("dateOutOfRange", name, {
      value: serial,
      min: FIRST_SAFE_SERIAL,
      max: LAST_SERIAL,
    });
  }
  return serialDate(serial);
}

/** True for YYYY-MM-DD text, the one kind of date the functions count themselves. */
export function isTextDate(input: CellInput): boolean {
  const value = plainValue(input);
  return typeof value === "string" && ISO_DATE_TEXT.test(value.trim());
}

function isoDate(text: string, name: string): SerialDate {
  try {
    return serialFromIso(text);
  } catch (error) {
    // serialFromIso throws RangeError for a date that does not exist (2026-02-30).
    if (error instanceof RangeError) throw invalidValue("notADate", name, { value: text });
    throw error;
  }
}

/** Currency units → integer minor units (the engine's money), refusing amounts past 2^53. */
export function toMinor(units: number, name: string, minorPerUnit: number): Minor {
  const rounded = Math.round(units * minorPerUnit);
  if (!Number.isSafeInteger(rounded)) throw invalidNumber("tooLarge", name, { value: units });
  return minor(rounded);
}

/** Integer minor units → currency units, for a result cell. */
export function toUnits(minor: Minor, minorPerUnit: number): number {
  return minor / minorPerUnit;
}

/** A range's shape, treating a scalar passed in its place as a 1×1 range. */
export function rowsOf(range: RangeInput | CellInput): RangeInput {
  return Array.isArray(range) ? range : [[range]];
}

export interface RangeCell {
  value: CellInput;
  /** Where the cell is, for messages: the argument and the cell's row and column (or item). */
  label: ArgumentPlace;
}

/** The cells of a range row by row, each with its position for messages. */
export function cellsOf(range: RangeInput | CellInput, name: string): RangeCell[] {
  const rows = rowsOf(range);
  const multiRow = rows.length > 1;
  return rows.flatMap((row, rowIndex) =>
    row.map((value, columnIndex) => ({
      value,
      label: multiRow
        ? { argument: name, row: rowIndex + 1, column: columnIndex + 1 }
        : { argument: name, item: columnIndex + 1 },
    }))
  );
}

/** Throws unless `other` has exactly the rows × columns of `reference`. */
export function requireSameShape(
  reference: RangeInput | CellInput,
  other: RangeInput | CellInput
): void {
  const referenceRows = rowsOf(reference);
  const otherRows = rowsOf(other);
  const referenceColumns = referenceRows[0]?.length ?? 0;
  const otherColumns = otherRows[0]?.length ?? 0;
  if (referenceRows.length !== otherRows.length || referenceColumns !== otherColumns) {
    throw new ArgumentFailure(FAILURE_CODES.invalidValue, "shapeMismatch", {
      rows: referenceRows.length,
      columns: referenceColumns,
      weightRows: otherRows.length,
      weightColumns: otherColumns,
    });
  }
}

/** Raises a failure of the given kind from code outside the generic checks. */
export function fail(
  code: FailureCode,
  reason: FunctionFailureReason,
  values?: InterpolationParams
): never {
  throw new ArgumentFailure(code, reason, values);
}
