/**
 * Money as a branded integer count of minor units (`Minor`): the only module that makes one.
 *
 * The brand is a property keyed by a `unique symbol` that is declared here and never exported:
 * no other file can spell the key, so the only ways to get a `Minor` are the functions below.
 * (The `__brand: "Minor"` string idiom would let any file forge one with a type annotation.)
 * The symbol exists only for the type checker: at run time a `Minor` is a plain number, so
 * comparisons, `Math.max` and reading it as a number cost nothing.
 */
declare const minorBrand: unique symbol;

/** Money as an integer number of minor units (cents for a two-decimal currency). */
export type Minor = number & { readonly [minorBrand]: true };

/** Thrown when a sum or product leaves the integers a number holds exactly (2^53). */
export class MinorRangeError extends RangeError {
  override name = "MinorRangeError";
}

/** `value` as minor units; throws unless it is a safe integer (−0 becomes 0). */
export function minor(value: number): Minor {
  if (!Number.isSafeInteger(value)) {
    throw new MinorRangeError(`Not a whole number of minor units within 2^53: ${value}`);
  }
  return (value === 0 ? 0 : value) as Minor;
}

/** Zero minor units: the start of every sum. */
export const ZERO_MINOR = minor(0);

/** `a + b`; throws when the sum passes 2^53 rather than lose a cent. */
export function addMinor(a: Minor, b: Minor): Minor {
  const sum = a + b;
  // Checked here rather than through minor(): this runs once per row in the review's hot loops,
  // and a sum of whole amounts needs no −0 or fraction check.
  if (!Number.isSafeInteger(sum)) throw new MinorRangeError(`Sum beyond 2^53 minor units: ${sum}`);
  return sum as Minor;
}

/** `a − b`; throws when the difference passes 2^53 rather than lose a cent. */
export function subMinor(a: Minor, b: Minor): Minor {
  const difference = a - b;
  if (!Number.isSafeInteger(difference)) {
    throw new MinorRangeError(`Difference beyond 2^53 minor units: ${difference}`);
  }
  return difference as Minor;
}

/** Σ of the amounts, 0 for none. */
export function sumMinor(amounts: Iterable<Minor>): Minor {
  let total = 0;
  for (const amount of amounts) total += amount;
  return minor(total);
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
