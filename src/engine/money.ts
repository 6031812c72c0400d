/**
 * Money as a branded integer count of minor units (`Minor`): the only module that makes one.
 *
 * The brand is a property keyed by a `unique symbol` that is declared here and never exported:
 * no other file can spell the key, so the only ways to get a `Minor` are the functions below.
 * (The `__brand: "Minor"` string idiom would let any file forge one with a type annotation.)
 * The symbol exists only for the type checker: at run time a `Minor` is a plain number, so
 * comparisons, `Math.max` and reading it as a number cost nothing.
 */
import { EngineError, MINOR_OUT_OF_RANGE } from "./errors";

declare const minorBrand: unique symbol;

/** Money as an integer number of minor units (cents for a two-decimal currency). */
export type Minor = number & { readonly [minorBrand]: true };

/**
 * Thrown when an amount is not whole, or a sum or product leaves the integers a number holds
 * exactly (2^53): an EngineError whose params name the value.
 */
export class MinorRangeError extends EngineError {
  constructor(value: number) {
    super(MINOR_OUT_OF_RANGE, [], { value });
    this.name = "MinorRangeError";
  }
}

/** `value` as minor units; throws unless it is a safe integer (−0 becomes 0). */
export function minor(value: number): Minor {
  if (!Number.isSafeInteger(value)) {
    throw new MinorRangeError(value);
  }
  return (value === 0 ? 0 : value) as Minor;
}

/**
 * Brands without a check: only for a value this module has just proven to be a whole number of
 * minor units within 2^53. Not exported, so no other file can skip the check.
 */
function provenMinor(value: number): Minor {
  return value as Minor;
}

/**
 * Brands without a check, for the engine's per-row passes only: `value` must be a sum or
 * difference of checked amounts whose magnitudes the caller adds up and checks against 2^53 once
 * for the whole pass (CustomerTotals does, before any total is read). A checked call per row and
 * per total cost the review measurable CPU; everywhere else use minor().
 */
export function uncheckedMinor(value: number): Minor {
  return provenMinor(value);
}

/** Zero minor units: the start of every sum. */
export const ZERO_MINOR = minor(0);

/**
 * `a + b`; throws when the sum passes 2^53 rather than lose a cent. The operands are whole, so
 * the sum is whole, and a float sum whose magnitude is within 2^53 is exact: a magnitude check
 * is enough (cheaper than minor()'s, which also looks for fractions and −0).
 */
export function addMinor(a: Minor, b: Minor): Minor {
  const sum = a + b;
  if (!(Math.abs(sum) <= Number.MAX_SAFE_INTEGER)) {
    throw new MinorRangeError(sum);
  }
  return provenMinor(sum);
}

/** `a − b`; throws when the difference passes 2^53 rather than lose a cent (checked as addMinor). */
export function subMinor(a: Minor, b: Minor): Minor {
  const difference = a - b;
  if (!(Math.abs(difference) <= Number.MAX_SAFE_INTEGER)) {
    throw new MinorRangeError(difference);
  }
  return provenMinor(difference);
}

/**
 * A total that a hot loop summed as a plain number, branded with one check instead of one per
 * row. `magnitude` is the sum of the absolute values of everything added or subtracted: no
 * partial sum can exceed it, so when it is within 2^53 every step was exact and the total is a
 * whole number of minor units. (The same bound the workbook checks before a review, in
 * ledger-magnitude.ts; the engine checks it again because its functions are also called directly.)
 */
export function exactTotal(total: number, magnitude: number): Minor {
  if (!(magnitude <= Number.MAX_SAFE_INTEGER)) {
    throw new MinorRangeError(magnitude);
  }
  return provenMinor(total === 0 ? 0 : total);
}

/**
 * `count` running totals kept in a typed array from `start`, each checked as minor() does: one
 * call for a customer's buckets rather than one per bucket.
 */
export function minorsAt(values: Float64Array, start: number, count: number): Minor[] {
  const amounts = new Array<Minor>(count);
  for (let i = 0; i < count; i++) amounts[i] = minor(values[start + i]);
  return amounts;
}

/** Σ of the amounts, 0 for none. */
export function sumMinor(amounts: Iterable<Minor>): Minor {
  let total = 0;
  let magnitude = 0;
  for (const amount of amounts) {
    total += amount;
    magnitude += Math.abs(amount);
  }
  return exactTotal(total, magnitude);
}

/**
 * A share or multiple of an amount, rounded to a whole minor unit half up (`Math.round`), the
 * rule the engine has always used for rates (allowance = open × loss rate, base × 150 %).
 */
export function scaleMinor(amount: Minor, factor: number): Minor {
  return roundMinor(amount * factor);
}

/**
 * A computed quantity of minor units (a currency amount × minor units per unit, a running total
 * kept in a Float64Array) rounded half up to a whole minor unit.
 */
export function roundMinor(value: number): Minor {
  return minor(Math.round(value));
}

/** The smaller of two amounts. */
export function minMinor(a: Minor, b: Minor): Minor {
  return a <= b ? a : b;
}

/** The larger of two amounts. */
export function maxMinor(a: Minor, b: Minor): Minor {
  return a >= b ? a : b;
}
