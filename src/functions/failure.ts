/**
 * How a custom function says "no answer": an Excel error code plus the reason and its params,
 * naming the argument at fault. Implementations return a Failure instead of a number that would
 * be wrong; the Excel entry words it through the language layer (`i18n/function-messages.ts`)
 * and turns it into `CustomFunctions.Error`, the HyperFormula harness into a CellError.
 */
import type {
  ArgumentPlace,
  FunctionFailureParams,
  FunctionFailureReason,
} from "../i18n/function-messages";
import type { InterpolationParams } from "../i18n/interpolate";

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

/** An argument at fault: its name, or one cell of a range argument. */
export type ArgumentName = string | ArgumentPlace;

export interface Failure {
  readonly code: FailureCode;
  readonly reason: FunctionFailureReason;
  readonly params: FunctionFailureParams;
}

/** A function's answer: the value, or why there is none. */
export type Outcome<T> = T | Failure;

export function isFailure(outcome: unknown): outcome is Failure {
  return (
    typeof outcome === "object" && outcome !== null && "code" in outcome && "reason" in outcome
  );
}

/** Thrown by the argument checks; `outcomeOf` turns it back into a Failure value. */
export class ArgumentFailure extends Error {
  readonly params: FunctionFailureParams;

  constructor(
    readonly code: FailureCode,
    readonly reason: FunctionFailureReason,
    values?: InterpolationParams,
    argument?: ArgumentName
  ) {
    // The reason code as the message, for a stack trace; readers get the worded sentence.
    super(reason);
    this.name = "ArgumentFailure";
    const place = argument === undefined ? undefined : placeOf(argument);
    this.params = {
      ...(place === undefined ? {} : { place }),
      ...(values === undefined ? {} : { values }),
    };
  }
}

function placeOf(argument: ArgumentName): ArgumentPlace {
  return typeof argument === "string" ? { argument } : argument;
}

/**
 * Runs a function body whose argument checks throw ArgumentFailure, and returns the failure as a
 * value. Any other exception is a defect and is rethrown, never hidden.
 */
export function outcomeOf<T>(compute: () => T): Outcome<T> {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ArgumentFailure)
      return { code: error.code, reason: error.reason, params: error.params };
    throw error;
  }
}
