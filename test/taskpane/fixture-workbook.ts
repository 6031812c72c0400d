/**
 * A small workbook whose every review number can be worked out by hand under the default policy,
 * as of 2026-06-30 (EDATE −3 months = 2026-03-30, so the order window is 2026-03-31 … 06-30).
 *
 * | id | ratings (all 18)   | score | grade | orders in window        | open invoices            | expected                                  |
 * |----|--------------------|-------|-------|-------------------------|--------------------------|-------------------------------------------|
 * | C1 | 9                  | 90    | A     | 200k + 150k + 50k (unshipped) = 400k | 100k not due   | 400k × 300 % = 1,200,000, 120 days, level 1; exposure 100k + 50k = 150k, available 1,050,000 |
 * | C2 | 8                  | 80    | B     | 3 × 100k = 300k         | 50k due 70 days ago      | OVERDUE_60 → REDUCE one band: 300k × 150 % = 450,000, 60 days |
 * | C3 | 5                  | 50    | D     | 3 × 10k, 130–150 days ago (outside) | 20k due 100 days ago | OVERDUE_90 → SUSPEND: 0, 0 days |
 * | C4 | 7                  | 70    | C     | none (new)              | none                     | new base 300,000 × 150 % = 450,000, 60 days |
 * | C5 | 9.5                | 95    | A     | 3 × 50k = 150k          | 10k not due              | 150k × 300 % = 450,000, 120 days |
 * | C6 | 9 on 5 factors (weight 44) | – | none | none (new)        | none                     | coverage 44 % < 60 % → INSUFFICIENT_DATA, 0 |
 *
 * The Credit Log of 2026-03-31 had C1 B / 600,000, C2 B / 600,000, C3 D / 0, C5 A / 450,000, so the
 * preview shows C1 raised (B → A), C2 lowered (reason: overdue ≥ 60 days), C4 and C6 new, C5 unchanged.
 */
import { serialFromYmd } from "../../src/engine/dates";
import { FACTOR_KEYS } from "../../src/engine/types";
import { META_SHEET_NAME, metaSheetRows } from "../../src/workbook/meta-sheet";
import type { RawCell, RawSheet, RawWorkbook } from "../../src/workbook/raw";

export const AS_OF = serialFromYmd(2026, 6, 30);
const day = (offset: number) => AS_OF + offset;

const FACTOR_HEADERS = [
  "Payment Record",
  "Bank Credit",
  "Profitability",
  "Solvency",
  "Operating Capacity",
  "Capital Size",
  "First Impression",
  "History",
  "Organisation",
  "Operating Status",
  "Product & Market",
  "Prospects",
  "Deal Margin",
  "Product Requirements",
  "Market Appeal",
  "Competitiveness",
  "Guarantee",
  "Substitutability",
];

const allRated = (rating: number): RawCell[] => FACTOR_KEYS.map(() => rating);
/** The first five factors (12 + 8 + 8 + 10 + 6 = 44 of 100) rated 9, the rest blank. */
const partlyRated: RawCell[] = FACTOR_KEYS.map((_, index) => (index < 5 ? 9 : null));

function sheet(name: string, cells: RawCell[][]): RawSheet {
  return { name, cells, firstRow: 1, firstColumn: 1 };
}

export function customersSheet(idHeader = "Customer ID"): RawSheet {
  return sheet("Customers", [
    [idHeader, "Customer Name", ...FACTOR_HEADERS],
    ["C1", "Alpha Trading", ...allRated(9)],
    ["C2", "Beta Ltd", ...allRated(8)],
    ["C3", "Gamma Co", ...allRated(5)],
    ["C4", "Delta Corp", ...allRated(7)],
    ["C5", "Epsilon Inc", ...allRated(9.5)],
    ["C6", "Zeta Works", ...partlyRated],
  ]);
}

export const RECEIVABLES: RawSheet = sheet("Receivables", [
  ["Customer ID", "Invoice No.", "Invoice Date", "Due Date", "Amount", "Paid"],
  ["C1", "INV-1", day(-10), day(20), 100000, 0],
  ["C2", "INV-2", day(-100), day(-70), 50000, 0],
  ["C3", "INV-3", day(-130), day(-100), 20000, 0],
  ["C5", "INV-5", day(-5), day(25), 10000, 0],
]);

export const ORDERS: RawSheet = sheet("Orders", [
  ["Customer ID", "Order Date", "Amount", "Shipped"],
  ["C1", day(-10), 200000, "Yes"],
  ["C1", day(-40), 150000, "Yes"],
  ["C1", day(-70), 50000, "No"],
  ["C2", day(-10), 100000, "Yes"],
  ["C2", day(-20), 100000, "Yes"],
  ["C2", day(-30), 100000, "Yes"],
  ["C3", day(-130), 10000, "Yes"],
  ["C3", day(-140), 10000, "Yes"],
  ["C3", day(-150), 10000, "Yes"],
  ["C5", day(-10), 50000, "Yes"],
  ["C5", day(-20), 50000, "Yes"],
  ["C5", day(-30), 50000, "Yes"],
]);

const PREVIOUS_REVIEW = serialFromYmd(2026, 3, 31);

/** Read back by position: date, version, id, name, score, grade, limit, terms, status, reason codes. */
export const CREDIT_LOG: RawSheet = sheet("Credit Log", [
  [
    "Review date",
    "Policy version",
    "Customer ID",
    "Customer name",
    "Score",
    "Grade",
    "Credit limit",
    "Terms",
    "Status code",
    "Reason codes",
    "Status",
    "Reasons",
  ],
  [PREVIOUS_REVIEW, "CP-2026.1", "C1", "Alpha Trading", 88, "B", 600000, 90, "OK", "", "OK", ""],
  [PREVIOUS_REVIEW, "CP-2026.1", "C2", "Beta Ltd", 80, "B", 600000, 90, "OK", "", "OK", ""],
  [PREVIOUS_REVIEW, "CP-2026.1", "C3", "Gamma Co", 55, "D", 0, 0, "OK", "", "OK", ""],
  [PREVIOUS_REVIEW, "CP-2026.1", "C5", "Epsilon Inc", 95, "A", 450000, 120, "OK", "", "OK", ""],
]);

/** The earlier review's output map: the log is ours because the map names it (and its A1 is ours). */
const OUTPUT_MAP: RawSheet = {
  ...sheet(
    META_SHEET_NAME,
    metaSheetRows({ blocks: {}, sheets: { creditLog: "Credit Log", meta: META_SHEET_NAME } })
  ),
  visibility: "veryHidden",
};

export function fixtureWorkbook(
  options: { idHeader?: string; withLog?: boolean } = {}
): RawWorkbook {
  const sheets = [customersSheet(options.idHeader), RECEIVABLES, ORDERS];
  if (options.withLog !== false) sheets.push(CREDIT_LOG, OUTPUT_MAP);
  return { sheets, date1904: false, locale: "en-US" };
}
