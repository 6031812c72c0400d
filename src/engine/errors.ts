/**
 * Error messages of the engine's small functions, as constants so that callers (custom
 * functions, tests) can recognise them without matching free text.
 */
export const EMPTY_CURVE = "A rating curve needs at least one point.";
export const NOT_A_NUMBER = "The value must be a finite number.";
export const RATING_OUT_OF_RANGE = "A rating must lie between 0 and the rating maximum.";
export const NEGATIVE_WEIGHT = "A factor weight cannot be negative.";
export const LENGTH_MISMATCH = "Ratings and weights must have the same number of entries.";
export const RATING_MAX_NOT_POSITIVE = "The rating maximum must be a positive number.";
export const CURRENT_LIABILITIES_NOT_POSITIVE =
  "The working-capital model needs current liabilities above 0.";
export const EMPTY_EDGES = "Aging bucket edges need at least one edge.";
export const INVALID_POLICY = "The credit policy is not valid";
export const INVALID_AS_OF = "The as-of date must be a whole Excel serial day.";
export const EXTENSION_AMOUNT_NOT_POSITIVE = "The amount of an extension request must be above 0.";
