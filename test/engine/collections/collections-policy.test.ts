/** The collections block of the policy: defaults, checks, letter placeholders, older policies. */
import fc from "fast-check";
import {
  LETTER_PLACEHOLDERS,
  fillLetter,
  placeholdersIn,
  unknownPlaceholders,
} from "../../../src/engine/letter-placeholders";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { validatePolicy } from "../../../src/engine/policy-validation";
import { LETTER_LANGUAGES } from "../../../src/engine/types";
import { policyIssuesOf, policyWith } from "../helpers";

const WRITTEN_STEPS = [
  "PHONE_REMINDER",
  "FIRST_LETTER",
  "SECOND_LETTER_STOP_SUPPLY",
  "THIRD_LETTER",
  "FOURTH_LETTER",
];

describe("policy: collections", () => {
  test("defaults: 5 days of grace, 2 broken promises in 3 months reduce, 3 suspend", () => {
    const c = DEFAULT_POLICY.collections;
    expect(c.promiseGraceDays).toBe(5);
    expect(c.brokenPromisesWindowMonths).toBe(3);
    expect(c.reduceBrokenPromises).toBe(2);
    expect(c.suspendBrokenPromises).toBe(3);
    expect(c.ageFactorDays).toBe(30);
    expect(c.gradeFactors).toEqual({ A: 1, B: 1.2, C: 1.5, D: 2, ungraded: 1.5 });
  });

  test("a letter per written ladder step in each of the three languages, all placeholders known", () => {
    const pairs = DEFAULT_POLICY.collections.letters.map((l) => `${l.action} ${l.language}`);
    const expected = LETTER_LANGUAGES.flatMap((lang) => WRITTEN_STEPS.map((s) => `${s} ${lang}`));
    expect([...pairs].sort()).toEqual([...expected].sort());
    for (const letter of DEFAULT_POLICY.collections.letters) {
      expect(unknownPlaceholders(letter.subject + letter.body)).toEqual([]);
      expect(placeholdersIn(letter.body)).toEqual(
        expect.arrayContaining(["contact", "customer", "overdueAmount", "asOf", "company"])
      );
    }
    expect(policyIssuesOf(DEFAULT_POLICY)).toEqual([]);
  });

  test("a policy saved before the block existed is accepted with the block's defaults", () => {
    const older: Partial<typeof DEFAULT_POLICY> = structuredClone(DEFAULT_POLICY);
    delete older.collections;
    const result = validatePolicy(older);
    expect(result.ok && result.policy.collections).toEqual(DEFAULT_POLICY.collections);
  });

  test("each wrong value is named: order of thresholds, factors, letters", () => {
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.collections.promiseGraceDays = -1;
          p.collections.reduceBrokenPromises = 3;
          p.collections.suspendBrokenPromises = 2;
          p.collections.ageFactorDays = 0;
          p.collections.gradeFactors.D = -2;
          p.collections.letters[0].body = "Dear {custmer}";
          p.collections.letters[1].action = "PHONE_REMINDER";
          p.collections.letters[2].action = "NONE";
        })
      )
    ).toEqual([
      "collections.promiseGraceDays OUT_OF_RANGE value=-1 min=0",
      "collections.suspendBrokenPromises SUSPEND_BEFORE_REDUCE value=2 reduceKey=reduceBrokenPromises reduce=3",
      "collections.ageFactorDays OUT_OF_RANGE value=0 min=1",
      "collections.gradeFactors.D OUT_OF_RANGE value=-2 min=0",
      "collections.letters.0.body UNKNOWN_PLACEHOLDER name=custmer",
      "collections.letters.1 DUPLICATE_LETTER language=en-US action=PHONE_REMINDER",
      'collections.letters.2.action NOT_ONE_OF found="NONE" allowed=PHONE_REMINDER, FIRST_LETTER, SECOND_LETTER_STOP_SUPPLY, THIRD_LETTER, FOURTH_LETTER, COLLECTION_AGENCY, LEGAL_ACTION',
    ]);
  });
});

describe("letter placeholders", () => {
  const values = {
    customer: "Acme Ltd",
    contact: "Ms Chan",
    overdueAmount: "12,500.00",
    oldestInvoice: "INV-7",
    asOf: "2026-06-30",
    company: "Credit Desk Co.",
    promiseDate: "",
  };

  test("fills each name; unknown names and lone braces stay as typed", () => {
    expect(fillLetter("Dear {contact}, {customer} owes {overdueAmount} {x} {", values)).toBe(
      "Dear Ms Chan, Acme Ltd owes 12,500.00 {x} {"
    );
  });

  test("a value holding a placeholder is not filled again", () => {
    expect(fillLetter("{customer} on {asOf}", { ...values, customer: "{asOf}" })).toBe(
      "{asOf} on 2026-06-30"
    );
  });

  test("property: a text without braces comes back unchanged; each known name is replaced", () => {
    const braceless = fc.string().filter((text) => !text.includes("{") && !text.includes("}"));
    fc.assert(
      fc.property(braceless, fc.constantFrom(...LETTER_PLACEHOLDERS), (text, name) => {
        expect(fillLetter(text, values)).toBe(text);
        expect(fillLetter(`${text}{${name}}`, values)).toBe(text + values[name]);
      })
    );
  });
});
