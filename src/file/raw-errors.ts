/** The errors the raw reader gives for cells that hold no value Office.js would give. */
import type { RawError } from "../workbook/raw";

/** A formula whose file holds no cached result (written by a tool that does not calculate). */
export const NO_RESULT: RawError = { error: "#NO_RESULT" };
/** A cell whose XML holds a value of no known kind; reported by the workbook layer like any error. */
export const UNSUPPORTED_VALUE: RawError = { error: "#UNSUPPORTED" };
