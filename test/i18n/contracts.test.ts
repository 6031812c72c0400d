/**
 * The words of src/i18n are typed by the contracts of src/workbook (imported as types); at run
 * time every locale must fill exactly the contract's keys.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { REASON_CODES, COLLECTION_ACTIONS, DEBT_CLASSES } from "../../src/engine/types";
import { CUSTOMER_FIELDS, ORDER_FIELDS, RECEIVABLE_FIELDS } from "../../src/workbook/fields";
import { CUSTOMER_OUTPUT_KEYS, RECEIVABLE_OUTPUT_KEYS } from "../../src/workbook/labels";
import { headerSynonyms } from "../../src/i18n/headers";
import { outputLabels, type ReasonRules } from "../../src/i18n/output-labels";
import { SUPPORTED_LOCALES } from "../../src/i18n/locales";

// Compile-time: the policy itself serves as the rules the reasons quote.
const policyAsRules: ReasonRules = DEFAULT_POLICY;

const sorted = (keys: readonly string[]): string[] => [...keys].sort();

describe("output labels match the workbook contract", () => {
  test.each(SUPPORTED_LOCALES)("%s has exactly the contract's keys", (locale) => {
    const labels = outputLabels(locale, policyAsRules);
    expect(sorted(Object.keys(labels.customerColumns))).toEqual(sorted(CUSTOMER_OUTPUT_KEYS));
    expect(sorted(Object.keys(labels.receivableColumns))).toEqual(sorted(RECEIVABLE_OUTPUT_KEYS));
    expect(sorted(Object.keys(labels.reasons))).toEqual(sorted(REASON_CODES));
    expect(sorted(Object.keys(labels.actions))).toEqual(sorted(COLLECTION_ACTIONS));
    expect(sorted(Object.keys(labels.debtClasses))).toEqual(sorted(DEBT_CLASSES));
    // The machine statuses and NO_CREDIT, the words of an OK customer in the band below 60.
    expect(sorted(Object.keys(labels.status))).toEqual(["NO_CREDIT", "OK", "REDUCE", "SUSPEND"]);
    expect(labels.locale).toBe(locale);
  });
});

describe("header synonyms match the workbook contract", () => {
  test("every input field of every sheet has synonyms, and no field is unknown", () => {
    const synonyms = headerSynonyms();
    expect(sorted(Object.keys(synonyms.customers))).toEqual(sorted(CUSTOMER_FIELDS));
    expect(sorted(Object.keys(synonyms.receivables))).toEqual(sorted(RECEIVABLE_FIELDS));
    expect(sorted(Object.keys(synonyms.orders))).toEqual(sorted(ORDER_FIELDS));
    expect(sorted(Object.keys(synonyms.sheetNames))).toEqual([
      "customers",
      "orders",
      "receivables",
    ]);
  });
});
