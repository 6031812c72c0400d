/**
 * Writes assets/sample/credit-desk-sample.xlsx: `npx tsx assets/sample/make-sample.ts`.
 * Deterministic (seeded random numbers, fixed dates, no clock): a rerun gives the same bytes.
 *
 * About 200 customers, 5,000 ledger lines over the 18 months to 2026-06-30, a year of orders,
 * the default policy as key/value pairs, and the bad rows of BAD-INPUTS.md (see bad-rows.ts).
 *
 * Crafted customers (outcome of a review as of 2026-06-30 under the default policy):
 *
 * | id     | purpose                        | ratings → score | what makes it so                                                   | expected                                 |
 * |--------|--------------------------------|-----------------|--------------------------------------------------------------------|------------------------------------------|
 * | C00001 | grade A, OK                    | 97              | paid 3 days early; orders 200,000/month                            | A, limit 3 × 600,000 = 1,800,000, 120 d  |
 * | C00002 | grade B, working capital lower | 85              | balance sheet E ≈ 2.32 → 25 % of 4,250,000; long-standing          | B, min(1,800,000, 1,062,000) = 1,062,000 |
 * | C00003 | grade C, young overdue         | 70              | open 15 d (1-30) and 40 d (31-60) overdue, one not due             | C, OK, limit 1.5 × 270,000 = 405,000     |
 * | C00004 | grade D                        | 40              | clean history                                                      | D, OK, LOW_SCORE, limit 0                |
 * | C00005 | insufficient data              | 42 % coverage   | only the customer's own group typed, payment record derived        | no grade, INSUFFICIENT_DATA, limit 0     |
 * | C00006 | reduce: overdue 60             | 85              | 126,000 due 2026-04-15: 76 d (61-90)                               | B, REDUCE OVERDUE_60, 1.5 × 390,000      |
 * | C00007 | suspend: overdue 90            | 70              | 60,000 due 2026-02-01, 24,000 paid: 36,000 open 149 d (91-180)     | C, SUSPEND OVERDUE_90                    |
 * | C00008 | reduce: bad payments           | 85              | 3 bad payments in 3 months                                         | B, REDUCE BAD_PAYMENTS                   |
 * | C00009 | suspend: bad payments          | 70              | 5 bad payments in 3 months                                         | C, SUSPEND BAD_PAYMENTS_SEVERE           |
 * | C00010 | reduce: inactive               | 85              | last invoice 2026-02-10, last order 2026-02-05                     | B, REDUCE INACTIVE_3M                    |
 * | C00011 | suspend: inactive              | 70              | last invoice 2025-11-20                                            | C, SUSPEND INACTIVE_6M                   |
 * | C00012 | suspend: by hand               | 85              | Manual status "Suspended"                                          | B, SUSPEND MANUAL_SUSPEND                |
 * | C00013 | negative equity                | 70              | equity 5,000,000 − 6,500,000 = −1,500,000                          | C, limit 0, NEGATIVE_EQUITY              |
 * | C00014 | dead debt                      | 70              | 95,000 due 2025-04-11: 445 d (> 180 bucket, DEAD)                  | C, SUSPEND OVERDUE_90                    |
 * | C00015 | bad debt                       | 85              | 88,000 due 2025-11-15: 227 d (> 180 bucket, BAD)                   | B, SUSPEND OVERDUE_90                    |
 * | C00016 | new customer (marked)          | 85              | "New customer" = Yes, 3 orders                                     | B, base 300,000 → 600,000                |
 * | C00017 | new customer (2 orders)        | 97              | fewer than 3 orders; 1 year in business                            | A, base 300,000 → 900,000                |
 * | C00018 | prospect without history       | 70              | marked new, no invoice, no order: no inactivity rule               | C, OK, base 300,000 → 450,000            |
 * | C00019 | large limit                    | 97              | orders 3,500,000/month: 3 × 10,500,000 = 31,500,000                | A, approval level 6                      |
 * | C00020 | unapplied credits              | 85              | 100,000 paid 105,000 (−5,000) and a −8,000 credit note, open       | B, unapplied −13,000                     |
 * | 00123  | numeric id in the ledger       | 85              | the ledger types 123 (format 00000)                                | B, OK, matched to 00123                  |
 * | 00456  | numeric id in the orders       | 70              | the orders table types 456                                         | C, OK, matched to 00456                  |
 *
 * Random customers C00021 … C00198 (one numeric-looking, 00789, typed 789 in the ledger) fill
 * the rest; C00033's row is hidden, C00061 has a rating of 12 (out of range), and C00150 appears
 * twice. Ledger lines that exercise BAD-INPUTS.md are listed in bad-rows.ts. A Collection Log
 * sheet and contact columns on the customers (collection-log.ts, worked cases there) exercise the
 * collection rules.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSampleBook } from "./sample-book";
import { sampleWorkbook } from "./write-sample";
import { fixZipTimestamps } from "./zip-timestamps";

export const SAMPLE_PATH = join(__dirname, "credit-desk-sample.xlsx");

async function main(): Promise<void> {
  const book = buildSampleBook();
  const bytes = new Uint8Array(await sampleWorkbook(book).xlsx.writeBuffer());
  writeFileSync(SAMPLE_PATH, fixZipTimestamps(bytes, 2026, 6, 30));
  process.stdout.write(
    `${SAMPLE_PATH}: ${book.customers.length} customer rows, ${book.invoices.length} ledger lines, ${book.orders.length} orders, ${bytes.byteLength} bytes\n`
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
