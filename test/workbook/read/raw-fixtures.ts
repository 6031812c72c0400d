/** Small builders of raw sheets for the reading tests. */
import { serialDate } from "../../../src/engine/serial-date";
import type { RawCell, RawSheet, RawWorkbook } from "../../../src/workbook/raw";

export function sheet(name: string, cells: RawCell[][], extra: Partial<RawSheet> = {}): RawSheet {
  return { name, cells, firstRow: 1, firstColumn: 1, ...extra };
}

export function workbook(sheets: RawSheet[], extra: Partial<RawWorkbook> = {}): RawWorkbook {
  return { sheets, date1904: false, ...extra };
}

/** 2026-03-05 and friends as Excel serials (checked against Excel: 2025-01-01 = 45658). */
export const SERIAL = {
  "2026-01-31": serialDate(46053),
  "2026-03-05": serialDate(46086),
  "2026-04-30": serialDate(46142),
  "2026-06-30": serialDate(46203),
} as const;

export const CUSTOMER_HEADERS: RawCell[] = [
  "Customer ID",
  "Customer name",
  "Payment record",
  "Manual status",
];
export const RECEIVABLE_HEADERS: RawCell[] = [
  "Customer ID",
  "Invoice No",
  "Invoice date",
  "Due date",
  "Amount",
  "Paid amount",
];
