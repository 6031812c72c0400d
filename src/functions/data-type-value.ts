/**
 * Excel data types (entities, formatted numbers, web images, typed errors) reach an `any`
 * parameter as objects that carry their plain cell value in `basicValue` when the metadata lets
 * them through. functions.json turns that off (allowCustomDataForDataTypeAny: false, see
 * webpack.config.js); this is the second line, so such an object is computed on by its plain
 * value, or refused by name, and never read as a blank or a wrong number.
 */

/** One cell value as a plain number, text, boolean or blank. */
export type PlainCell = number | string | boolean | null | undefined;

/** The part of an Excel data-type value the functions read. */
export interface DataTypeValue {
  readonly type: string;
  readonly basicValue?: unknown;
}

function isPlain(value: unknown): value is PlainCell {
  return (
    value === null ||
    value === undefined ||
    typeof value === "number" ||
    typeof value === "string" ||
    typeof value === "boolean"
  );
}

function isScalar(value: unknown): value is number | string | boolean {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean";
}

/**
 * The plain value of a cell argument. A data-type value gives its `basicValue`; one without a
 * number, text or boolean there gives its type in brackets ("[WebImage]"), which every check
 * refuses by name — a missing basic value must not pass for a blank cell.
 */
export function plainValue(value: PlainCell | DataTypeValue): PlainCell {
  if (isPlain(value)) return value;
  return isScalar(value.basicValue) ? value.basicValue : `[${String(value.type)}]`;
}
