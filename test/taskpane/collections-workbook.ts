/**
 * The pane fixture's customers and orders (fixture-workbook.ts) with receivables and a
 * Collection Log that give every worklist case, as of 2026-06-30 under the default policy
 * (ladder 0 / 15 / 30 / 60 days; promise grace 5 days; priority = overdue in cents ×
 * (1 + oldest days / 30) × grade factor A 1, B 1.2, C 1.5, D 2):
 *
 * | id | grade | receivables                       | log                                  | worklist                                                       |
 * |----|-------|-----------------------------------|--------------------------------------|----------------------------------------------------------------|
 * | C2 | B     | 50,000 due 70 days ago            | —                                    | third letter, due 06-20; 5,000,000 × (1 + 70/30) × 1.2 = 20,000,000 |
 * | C4 | C     | 8,000 due 40 days ago             | 05-26 call: 8,000 promised for 06-05 | second letter, due 06-20; promise broken (grace ended 06-10); 800,000 × (1 + 40/30) × 1.5 = 2,800,000 |
 * | C1 | A     | 100,000 not due; 10,000 due 20 days ago | —                              | first letter, due 06-25; 1,000,000 × (1 + 20/30) = 1,666,666.67 |
 * | C5 | A     | 10,000 due 10 days ago            | 06-10 e-mail; 06-27 call: 10,000 promised for 07-05 | promise open: check it by 07-10; 1,000,000 × (1 + 10/30) = 1,333,333.33 |
 * | C3 | D     | 20,000 due 100 days ago           | 06-15 visit: disputed (price)        | resolve the dispute, no date; nothing undisputed overdue: 0    |
 *
 * Filters: all 5; due by 06-30: C2, C4, C1 (3); disputed: C3 (1); broken promises: C4 (1).
 */
import type { RawCell, RawSheet, RawWorkbook } from "../../src/workbook/raw";
import { AS_OF, customersSheet, ORDERS } from "./fixture-workbook";

const day = (offset: number) => AS_OF + offset;

function sheet(name: string, cells: RawCell[][]): RawSheet {
  return { name, cells, firstRow: 1, firstColumn: 1 };
}

export const COLLECTION_RECEIVABLES: RawCell[][] = [
  ["Customer ID", "Invoice No.", "Invoice Date", "Due Date", "Amount", "Paid"],
  ["C1", "INV-1", day(-10), day(20), 100000, 0],
  ["C1", "INV-1B", day(-50), day(-20), 10000, 0],
  ["C2", "INV-2", day(-100), day(-70), 50000, 0],
  ["C3", "INV-3", day(-130), day(-100), 20000, 0],
  ["C4", "INV-4", day(-70), day(-40), 8000, 0],
  ["C5", "INV-5", day(-40), day(-10), 10000, 0],
];

export const COLLECTION_LOG: RawCell[][] = [
  [
    "Date",
    "Customer ID",
    "Invoice No.",
    "Action",
    "Contact person",
    "Promised date",
    "Promised amount",
    "Disputed",
    "Dispute reason",
    "Notes",
  ],
  [day(-35), "C4", "INV-4", "call", "Mr Tan", day(-25), 8000, null, null, null],
  [day(-20), "C5", null, "e-mail", "Ms Chan", null, null, null, null, "Statement sent"],
  [day(-15), "C3", "INV-3", "visit", "Mr Ho", null, null, "yes", "price", null],
  [day(-3), "C5", "INV-5", "call", "Ms Chan", day(5), 10000, null, null, "Will pay next week"],
];

export function collectionsWorkbook(): RawWorkbook {
  return {
    sheets: [
      customersSheet(),
      sheet("Receivables", COLLECTION_RECEIVABLES),
      ORDERS,
      sheet("Collection Log", COLLECTION_LOG),
    ],
    date1904: false,
    locale: "en-US",
  };
}
