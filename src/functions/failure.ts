/**
 * How a custom function says "no answer": an Excel error code plus a message that names the
 * argument at fault. Implementations return a Failure instead of a number that would be wrong;
 * the Excel entry turns it into `CustomFunctions.Error`, the HyperFormula harness into a CellError.
 */

/** The three error values the functions produce (the strings equal Excel's error codes). */
export const FAILURE_CODES = {
  /** Wrong kind of value: text or a blank where a number is needed, an unknown language. */
  invalidValue: "#VALUE!",
  /** A number outside the range the policy allows. */
  invalidNumber: "#NUM!",
  /** Not enough data to answer (rated weight below the policy's minimum coverage). */
  notAvailable: "#N/A",
} as const;

export type FailureCode = (typeof FAILURE_CODES)[keyof typeof FAILURE_CODES];

export interface Failure {
  readonly code: FailureCode;
  readonly message: string;
}

/** A function's answer: the value, or why there is none. */
export type Outcome<T> = T | Failure;

export function isFailure(outcome: unknown): outcome is Failure {
  return (
    typeof outcome === "object" && outcome !== null && "code" in outcome && "message" in outcome
  );
}

/** Thrown by the argument checks; `outcomeOf` turns it back into a Failure value. */
export class ArgumentFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string
  ) {
    super(message);
    this.name = "ArgumentFailure";
  }
}

/**
 * Runs a function body whose argument checks throw ArgumentFailure, and returns the failure as a
 * value. Any other exception is a defect and is rethrown, never hidden.
 */
export function outcomeOf<T>(compute: () => T): Outcome<T> {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ArgumentFailure) return { code: error.code, message: error.message };
    throw error;
  }
}
