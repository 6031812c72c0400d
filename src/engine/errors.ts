/**
 * Why one of the engine's functions cannot answer, as codes: an `EngineError` carries the code
 * (also its message, for a stack trace), the values the reason names as params and, for a refused
 * policy, the validator's issues.
 * Callers word it in their reader's language (the custom functions through `i18n`).
 */
import type { PolicyIssue } from "./policy-validation";

export const EMPTY_CURVE = "EMPTY_CURVE";
export const NOT_A_NUMBER = "NOT_A_NUMBER";
export const RATING_OUT_OF_RANGE = "RATING_OUT_OF_RANGE";
export const NEGATIVE_WEIGHT = "NEGATIVE_WEIGHT";
export const LENGTH_MISMATCH = "LENGTH_MISMATCH";
export const RATING_MAX_NOT_POSITIVE = "RATING_MAX_NOT_POSITIVE";
export const CURRENT_LIABILITIES_NOT_POSITIVE = "CURRENT_LIABILITIES_NOT_POSITIVE";
export const EMPTY_EDGES = "EMPTY_EDGES";
export const INVALID_POLICY = "INVALID_POLICY";
export const INVALID_AS_OF = "INVALID_AS_OF";
export const EXTENSION_AMOUNT_NOT_POSITIVE = "EXTENSION_AMOUNT_NOT_POSITIVE";
/** A loss-rate bucket that is not one of the roll rates' positions. */
export const BUCKET_OUT_OF_RANGE = "BUCKET_OUT_OF_RANGE";
/** A roll rate or floor outside 0..1. */
export const RATE_OUT_OF_RANGE = "RATE_OUT_OF_RANGE";
/** A forward-looking adjustment outside -1..1. */
export const ADJUSTMENT_OUT_OF_RANGE = "ADJUSTMENT_OUT_OF_RANGE";
/** Text that is not a YYYY-MM-DD date (params: `text`). */
export const NOT_AN_ISO_DATE = "NOT_AN_ISO_DATE";
/** A YYYY-MM-DD date that is not on the calendar, such as 2026-02-30 (params: `text`). */
export const NOT_A_CALENDAR_DATE = "NOT_A_CALENDAR_DATE";
/** A serial date that is not a whole day number within 2^53 (params: `value`). */
export const NOT_A_WHOLE_DAY = "NOT_A_WHOLE_DAY";
/** An amount, sum or total that is not a whole number of minor units within 2^53 (params: `value`). */
export const MINOR_OUT_OF_RANGE = "MINOR_OUT_OF_RANGE";

export type EngineErrorCode =
  | typeof EMPTY_CURVE
  | typeof NOT_A_NUMBER
  | typeof RATING_OUT_OF_RANGE
  | typeof NEGATIVE_WEIGHT
  | typeof LENGTH_MISMATCH
  | typeof RATING_MAX_NOT_POSITIVE
  | typeof CURRENT_LIABILITIES_NOT_POSITIVE
  | typeof EMPTY_EDGES
  | typeof INVALID_POLICY
  | typeof INVALID_AS_OF
  | typeof EXTENSION_AMOUNT_NOT_POSITIVE
  | typeof BUCKET_OUT_OF_RANGE
  | typeof RATE_OUT_OF_RANGE
  | typeof ADJUSTMENT_OUT_OF_RANGE
  | typeof NOT_AN_ISO_DATE
  | typeof NOT_A_CALENDAR_DATE
  | typeof NOT_A_WHOLE_DAY
  | typeof MINOR_OUT_OF_RANGE;

/** The values an error's reason names (the refused text, the number out of range). */
export type EngineErrorParams = Readonly<Record<string, string | number>>;

/** A RangeError whose reason is a code: input the engine's function is not defined for. */
export class EngineError extends RangeError {
  constructor(
    readonly code: EngineErrorCode,
    /** The refused policy's issues, for INVALID_POLICY; empty otherwise. */
    readonly issues: readonly PolicyIssue[] = [],
    readonly params: EngineErrorParams = {}
  ) {
    super(code);
    this.name = "EngineError";
  }
}
