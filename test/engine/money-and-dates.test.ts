/** The constructors and arithmetic of money.ts and serial-date.ts, with numbers checked by hand. */
import fc from "fast-check";
import { isoFromSerial, serialFromIso } from "../../src/engine/dates";
import {
  addMinor,
  exactTotal,
  MinorRangeError,
  maxMinor,
  minMinor,
  minor,
  minorsAt,
  roundMinor,
  scaleMinor,
  subMinor,
  sumMinor,
  ZERO_MINOR,
} from "../../src/engine/money";
import {
  addDays,
  daysBetween,
  earlierDate,
  laterDate,
  serialDate,
} from "../../src/engine/serial-date";
import { engineErrorOf } from "./engine-error-of";

const SAFE = Number.MAX_SAFE_INTEGER;
const amountArb = fc.integer({ min: -1e12, max: 1e12 }).map(minor);

describe("minor units", () => {
  test("only a whole number within 2^53 is money", () => {
    expect(minor(123_456)).toBe(123_456);
    expect(Object.is(minor(-0), 0)).toBe(true);
    expect(() => minor(12.5)).toThrow(MinorRangeError);
    expect(() => minor(Number.NaN)).toThrow(MinorRangeError);
    expect(() => minor(SAFE + 1)).toThrow(MinorRangeError);
    // A code and the value, for the reader's language; no English sentence.
    expect(engineErrorOf(() => minor(12.5))).toEqual({
      code: "MINOR_OUT_OF_RANGE",
      params: { value: 12.5 },
    });
    expect(engineErrorOf(() => addMinor(minor(SAFE), minor(1)))).toEqual({
      code: "MINOR_OUT_OF_RANGE",
      params: { value: SAFE + 1 },
    });
    expect(ZERO_MINOR).toBe(0);
  });

  test("sums and differences stay exact or throw instead of losing a cent", () => {
    expect(addMinor(minor(100_050), minor(-50))).toBe(100_000);
    expect(subMinor(minor(1_000_000), minor(1_234_567))).toBe(-234_567);
    expect(sumMinor([minor(25_000_000), minor(58_000_000), minor(-300_000)])).toBe(82_700_000);
    expect(sumMinor([])).toBe(0);
    expect(() => addMinor(minor(SAFE), minor(1))).toThrow(MinorRangeError);
  });

  test("a total summed in a loop is branded once, and refused when its magnitude passes 2^53", () => {
    // 250.00 + 580.00 − 3.00 = 827.00; magnitude 250 + 580 + 3 = 833.00.
    expect(exactTotal(82_700, 83_300)).toBe(82_700);
    expect(Object.is(exactTotal(-0, 0), 0)).toBe(true);
    // (2^53 − 1) + 1 − 1 gives 2^53 − 1 back, but the partial sum 2^53 was already inexact.
    expect(() => exactTotal(SAFE, SAFE + 2)).toThrow(MinorRangeError);
    expect(() => subMinor(minor(-SAFE), minor(1))).toThrow(MinorRangeError);
  });

  test("a customer's buckets are read from a typed array as whole minor units", () => {
    const values = Float64Array.from([9, 1_000, 2_500, 0, 7]);
    expect(minorsAt(values, 1, 3)).toEqual([1_000, 2_500, 0]);
    expect(() => minorsAt(Float64Array.from([0.5]), 0, 1)).toThrow(MinorRangeError);
  });

  test("a share of an amount is rounded half up to a whole minor unit (Math.round)", () => {
    // 333.33 at 10 % = 33.333 → 33.33; 1,000.00 at 23.76 % = 237.60
    expect(scaleMinor(minor(33_333), 0.1)).toBe(3_333);
    expect(scaleMinor(minor(100_000), 0.2376)).toBe(23_760);
    // Halves go up, also for negative amounts: 2.5 → 3, −2.5 → −2.
    expect(scaleMinor(minor(5), 0.5)).toBe(3);
    expect(scaleMinor(minor(-5), 0.5)).toBe(-2);
    // 300,000.00 × 110 % is 33,000,000 cents, not 32,999,999.99…
    expect(scaleMinor(minor(30_000_000), 1.1)).toBe(33_000_000);
    expect(roundMinor(1_234.5)).toBe(1_235);
  });

  test("the smaller and larger of two amounts", () => {
    expect(minMinor(minor(5), minor(-7))).toBe(-7);
    expect(maxMinor(minor(5), minor(-7))).toBe(5);
  });

  test("property: sumMinor is addMinor over the amounts, and subMinor undoes addMinor", () => {
    fc.assert(
      fc.property(fc.array(amountArb, { maxLength: 50 }), amountArb, (amounts, other) => {
        expect(sumMinor(amounts)).toBe(amounts.reduce(addMinor, ZERO_MINOR));
        const total = sumMinor(amounts);
        expect(subMinor(addMinor(total, other), other)).toBe(total);
        const magnitude = amounts.reduce((sum, amount) => sum + Math.abs(amount), 0);
        const plain = amounts.reduce((sum, amount) => sum + amount, 0);
        expect(exactTotal(plain, magnitude)).toBe(total);
      })
    );
  });
});

describe("serial dates", () => {
  test("only a whole day number is a date", () => {
    expect(serialDate(46203)).toBe(46203);
    expect(() => serialDate(46203.5)).toThrow(RangeError);
    expect(() => serialDate(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(engineErrorOf(() => serialDate(46203.5))).toEqual({
      code: "NOT_A_WHOLE_DAY",
      params: { value: 46203.5 },
    });
  });

  test("days added and counted as a person counts them on a calendar", () => {
    const asOf = serialFromIso("2026-06-30");
    expect(isoFromSerial(addDays(asOf, 45))).toBe("2026-08-14");
    expect(isoFromSerial(addDays(asOf, -30))).toBe("2026-05-31");
    // Due 2026-05-16, as of 2026-06-30: 45 days overdue (the policy's "31-60" bucket).
    expect(daysBetween(serialFromIso("2026-05-16"), asOf)).toBe(45);
    expect(daysBetween(asOf, serialFromIso("2026-05-16"))).toBe(-45);
    expect(() => addDays(asOf, 0.5)).toThrow(RangeError);
  });

  test("the earlier and later of two dates", () => {
    const a = serialFromIso("2026-01-31");
    const b = serialFromIso("2026-03-05");
    expect(earlierDate(b, a)).toBe(a);
    expect(laterDate(a, b)).toBe(b);
  });

  test("property: adding the days between two dates to the first gives the second", () => {
    const dateArb = fc.integer({ min: 61, max: 2_958_465 }).map(serialDate);
    fc.assert(
      fc.property(dateArb, dateArb, (from, to) => {
        expect(addDays(from, daysBetween(from, to))).toBe(to);
      })
    );
  });
});
