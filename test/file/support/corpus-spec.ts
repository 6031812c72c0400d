/**
 * The tables every writer of the round-trip corpus puts in its workbook: a customer sheet and a
 * receivables sheet with the headers the review recognises, dates as Excel serials. Each writer
 * then adds user content of its own (formulas, styles, merged cells, rich text, a notes sheet).
 */
import { writeFileSync } from "node:fs";
import { serialFromIso } from "../../../src/engine/dates";
import { DEFAULT_POLICY } from "../../../src/engine/policy";

export type SpecValue = string | number | null;

export interface CorpusSpec {
  customers: SpecValue[][];
  receivables: SpecValue[][];
  /** 0-based columns of the receivables sheet that hold dates (serials shown as yyyy-mm-dd). */
  receivableDateColumns: number[];
  /** 0-based column of the receivables sheet that holds amounts. */
  receivableAmountColumns: number[];
}

const FACTORS = DEFAULT_POLICY.score.factors.map((factor) => factor.key);
const CUSTOMERS = 6;
const INVOICES_PER_CUSTOMER = 3;

export function corpusSpec(): CorpusSpec {
  const asOf = serialFromIso("2026-06-30");
  const customers: SpecValue[][] = [["Customer ID", "Customer name", ...FACTORS]];
  for (let index = 0; index < CUSTOMERS; index += 1)
    customers.push([
      `C${String(index + 1).padStart(3, "0")}`,
      `Customer ${index + 1} Ltd.`,
      // Ratings 4..9 by customer, varied by factor, so grades differ.
      ...FACTORS.map((_key, factor) => 4 + ((index + factor) % 6)),
    ]);
  const receivables: SpecValue[][] = [
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount", "Paid amount", "Paid date"],
  ];
  for (let index = 0; index < CUSTOMERS * INVOICES_PER_CUSTOMER; index += 1) {
    const invoiceDay = asOf - 20 * index - 5;
    const paid = index % 4 === 0;
    receivables.push([
      `C${String((index % CUSTOMERS) + 1).padStart(3, "0")}`,
      `INV-${String(index + 1).padStart(4, "0")}`,
      invoiceDay,
      invoiceDay + 30,
      1_000 + index * 250.5,
      paid ? 1_000 + index * 250.5 : null,
      paid ? Math.min(invoiceDay + 28, asOf) : null,
    ]);
  }
  return {
    customers,
    receivables,
    receivableDateColumns: [2, 3, 6],
    receivableAmountColumns: [4, 5],
  };
}

export function writeCorpusSpec(path: string): CorpusSpec {
  const spec = corpusSpec();
  writeFileSync(path, JSON.stringify(spec));
  return spec;
}
