/**
 * A small portfolio whose customers carry all 18 factor ratings, so each score is known by hand:
 * with every factor rated r (weights sum to 100, rating maximum 10) the score is 10 × r.
 * No orders sheet: every customer is new, base 300,000 (CREDIT-POLICY.md §3).
 */
import { serialFromIso } from "../../../src/engine/dates";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import type { Policy } from "../../../src/engine/policy";
import { FACTOR_KEYS, type FactorKey } from "../../../src/engine/types";
import { headerSynonyms } from "../../../src/i18n";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/workbook/raw";
import type { WorkbookReviewOptions } from "../../../src/workbook/workbook-review";
import { englishReviewOptions } from "../../support/review-options";

export const AS_OF = serialFromIso("2026-06-30");

export interface RatedCustomer {
  id: string;
  /** The rating of every factor but those in `overrides`. */
  rating: number;
  overrides?: Partial<Record<FactorKey, number>>;
  /** Open amount of one invoice not yet due on the as-of date. */
  open: number;
}

const FACTOR_HEADERS = (() => {
  const words = headerSynonyms().customers as Record<string, string[]>;
  return FACTOR_KEYS.map((key) => words[key][0]);
})();

function sheet(name: string, cells: RawCell[][]): RawSheet {
  return { name, cells, firstRow: 1, firstColumn: 1 };
}

export function customerRows(customers: readonly RatedCustomer[]): RawCell[][] {
  return [
    ["Customer ID", "Customer name", ...FACTOR_HEADERS],
    ...customers.map((c) => [
      c.id,
      `Customer ${c.id}`,
      ...FACTOR_KEYS.map((key) => c.overrides?.[key] ?? c.rating),
    ]),
  ];
}

/** Invoiced 2026-06-01, due 2026-07-31: not due on the as-of date, so no adjustment applies. */
export function receivableRows(customers: readonly RatedCustomer[]): RawCell[][] {
  return [
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
    ...customers.map((c) => [
      c.id,
      `INV-${c.id}`,
      serialFromIso("2026-06-01"),
      serialFromIso("2026-07-31"),
      c.open,
    ]),
  ];
}

export function ratedBook(
  customers: readonly RatedCustomer[],
  extra: RawSheet[] = []
): RawWorkbook {
  return {
    sheets: [
      sheet("Customers", customerRows(customers)),
      sheet("Receivables", receivableRows(customers)),
      ...extra,
    ],
    date1904: false,
  };
}

export function reviewOptions(extra: Partial<WorkbookReviewOptions> = {}): WorkbookReviewOptions {
  return englishReviewOptions(AS_OF, extra);
}

/** The default policy with the A grade and its limit band starting at 95 instead of 90. */
export const HIGHER_A_EDGE: Policy = {
  ...DEFAULT_POLICY,
  version: "A-AT-95",
  grades: DEFAULT_POLICY.grades.map((band) =>
    band.grade === "A" ? { ...band, minScore: 95 } : band
  ),
  limit: {
    ...DEFAULT_POLICY.limit,
    bands: DEFAULT_POLICY.limit.bands.map((band) =>
      band.minScore === 90 ? { ...band, minScore: 95 } : band
    ),
  },
};
