/**
 * Telling a promise typed twice from a new one: against a plain reference (a set of the five
 * values written out as JSON), and the cases a person can check by hand.
 */
import fc from "fast-check";
import { SeenPromises } from "../../../src/engine/seen-promises";

describe("SeenPromises", () => {
  test("the same five values a second time are not new; a change in any one of them is", () => {
    const seen = new SeenPromises();
    expect(seen.addIfNew(0, 3, 46_113, 46_123, 100_000)).toBe(true);
    expect(seen.addIfNew(0, 3, 46_113, 46_123, 100_000)).toBe(false);
    expect(seen.addIfNew(1, 3, 46_113, 46_123, 100_000)).toBe(true);
    expect(seen.addIfNew(0, -1, 46_113, 46_123, 100_000)).toBe(true);
    expect(seen.addIfNew(0, 3, 46_114, 46_123, 100_000)).toBe(true);
    expect(seen.addIfNew(0, 3, 46_113, 46_124, 100_000)).toBe(true);
    expect(seen.addIfNew(0, 3, 46_113, 46_123, 100_001)).toBe(true);
  });

  test("no amount typed (NaN) twice is the same promise, and differs from an amount of 0", () => {
    const seen = new SeenPromises();
    expect(seen.addIfNew(2, 5, 46_000, 46_010, NaN)).toBe(true);
    expect(seen.addIfNew(2, 5, 46_000, 46_010, NaN)).toBe(false);
    expect(seen.addIfNew(2, 5, 46_000, 46_010, 0)).toBe(true);
  });

  test("amounts beyond 32 bits that share their low bits stay apart", () => {
    const seen = new SeenPromises();
    expect(seen.addIfNew(0, 0, 1, 2, 2 ** 40 + 7)).toBe(true);
    expect(seen.addIfNew(0, 0, 1, 2, 2 ** 41 + 7)).toBe(true);
    expect(seen.addIfNew(0, 0, 1, 2, 2 ** 41 + 7)).toBe(false);
  });

  test("a log of 50,000 copies of one promise holds one; 50,000 that differ only in amount hold 50,000", () => {
    const copies = new SeenPromises();
    let kept = 0;
    for (let i = 0; i < 50_000; i++) if (copies.addIfNew(7, 2, 46_100, 46_110, 250_000)) kept++;
    expect(kept).toBe(1);
    const amounts = new SeenPromises();
    kept = 0;
    for (let i = 0; i < 50_000; i++) if (amounts.addIfNew(7, 2, 46_100, 46_110, i)) kept++;
    expect(kept).toBe(50_000);
    // Each amount a second time, after the columns grew past their first size, is a copy.
    for (let i = 0; i < 50_000; i++) if (amounts.addIfNew(7, 2, 46_100, 46_110, i)) kept++;
    expect(kept).toBe(50_000);
  });

  test("property: new exactly when a set of the values written out has not seen them", () => {
    // Small ranges, so that repeats and near-repeats are frequent.
    const promise = fc.tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: -1, max: 3 }),
      fc.integer({ min: 46_000, max: 46_003 }),
      fc.integer({ min: 46_000, max: 46_003 }),
      fc.oneof(
        fc.constant(NaN),
        fc.constant(-0),
        fc.integer({ min: 0, max: 3 }),
        fc.constant(2 ** 45)
      )
    );
    fc.assert(
      fc.property(fc.array(promise, { maxLength: 60 }), (promises) => {
        const seen = new SeenPromises();
        const reference = new Set<string>();
        for (const [slot, key, madeOn, promisedDate, amount] of promises) {
          const text = JSON.stringify([slot, key, madeOn, promisedDate, amount]);
          const expected = !reference.has(text);
          reference.add(text);
          expect(seen.addIfNew(slot, key, madeOn, promisedDate, amount)).toBe(expected);
        }
      })
    );
  });
});
