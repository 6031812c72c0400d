/**
 * Why one of the engine's functions cannot answer, as codes: an `EngineError` carries the code
 * (also its message, for a stack trace) and, for a refused policy, the validator's issues.
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
  | typeof ADJUSTMENT_OUT_OF_RANGE;

/** A RangeError whose reason is a code: input the engine's function is not defined for. */
export class EngineError extends RangeError {
  constructor(
    readonly code: EngineErrorCode,
    /** The refused policy's issues, for INVALID_POLICY; empty otherwise. */
    readonly issues: readonly PolicyIssue[] = []
  ) {
    super(code);
    this.name = "EngineError";
  }
}
