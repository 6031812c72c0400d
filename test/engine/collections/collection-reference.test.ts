/**
 * The collection pass, which indexes the log once by customer and invoice, against a plain
 * reference written here from the rules: every receivable is checked against every log line.
 * Random small logs of promises (kept, broken, open, partial), disputes opened and closed, lines
 * naming an invoice or the whole customer, and receivables with and without an invoice number.
 * As-of 2026-06-30, grace 5 days, broken promises counted over 3 months.
 */
import fc from "fast-check";
import { edate } from "../../../src/engine/dates";
import { minor } from "../../../src/engine/money";
import { addDays, serialDate } from "../../../src/engine/serial-date";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import type {
  CollectionLogEntry,
  PromiseOutcome,
  Receivable,
  ReceivableResult,
} from "../../../src/engine/types";
import { customer, day, invoice } from "../helpers";

const asOf = day("2026-06-30");
const grace = DEFAULT_POLICY.collections.promiseGraceDays;
const CUSTOMERS = ["C1", "C2"];
const INVOICES = ["I1", "I2", "I3", ""];

interface Terms {
  customerId: string;
  invoiceNo: string | null;
  madeOn: number | null;
  promisedDate: number;
  amount: number | undefined;
}

const namesNoInvoice = (invoiceNo: string | null | undefined): boolean =>
  invoiceNo === null || invoiceNo === undefined || invoiceNo === "";

function paidWithin(row: Receivable, madeOn: number | null, until: number): number {
  const paid = row.paid ?? 0;
  if (paid <= 0 || row.paidDate === undefined || row.paidDate > until) return 0;
  return madeOn === null || row.paidDate >= madeOn ? paid : 0;
}

/** In dispute: the latest dispute line about the row (its invoice or its whole customer) decides. */
function referenceDisputed(row: Receivable, log: readonly CollectionLogEntry[]): boolean {
  let disputed = row.disputed === true;
  let latest: { date: number; order: number } | null = null;
  log.forEach((line, order) => {
    if (line.disputed === undefined || line.date > asOf || line.customerId !== row.customerId)
      return;
    const about =
      namesNoInvoice(line.invoiceNo) ||
      (!namesNoInvoice(row.invoiceNo) && line.invoiceNo === row.invoiceNo);
    if (!about) return;
    if (
      latest === null ||
      line.date > latest.date ||
      (line.date === latest.date && order > latest.order)
    ) {
      latest = { date: line.date, order };
      disputed = line.disputed;
    }
  });
  return disputed;
}

/** Each promise judged against every receivable it covers. */
function referenceOutcomes(
  rows: readonly Receivable[],
  results: readonly ReceivableResult[],
  log: readonly CollectionLogEntry[]
): PromiseOutcome[] {
  const terms: Terms[] = [];
  const seen = new Set<string>();
  for (const line of log) {
    // A line typed twice is one promise.
    const sameness = JSON.stringify([
      line.customerId,
      line.invoiceNo ?? null,
      line.date,
      line.promisedDate ?? null,
      line.promisedAmount ?? null,
    ]);
    if (line.promisedDate !== undefined && line.date <= asOf && !seen.has(sameness)) {
      seen.add(sameness);
      terms.push({
        customerId: line.customerId,
        invoiceNo: line.invoiceNo ?? null,
        madeOn: line.date,
        promisedDate: line.promisedDate,
        amount: line.promisedAmount,
      });
    }
  }
  for (const result of results) {
    const promisedDate = rows[result.index].promisedDate;
    if (promisedDate !== undefined)
      terms.push({
        customerId: result.customerId,
        invoiceNo: result.invoiceNo,
        madeOn: null,
        promisedDate,
        amount: undefined,
      });
  }
  return terms.map((term) => {
    let paid = 0;
    let settled = 0;
    for (const result of results) {
      if (result.customerId !== term.customerId) continue;
      if (term.invoiceNo !== null && term.invoiceNo !== result.invoiceNo) continue;
      const row = rows[result.index];
      paid += paidWithin(row, term.madeOn, Math.min(term.promisedDate + grace, asOf));
      settled += Math.max(0, result.open) + paidWithin(row, term.madeOn, asOf);
    }
    const deadline = term.promisedDate + grace;
    const amount = term.amount ?? settled;
    // No more than the promise covers can be paid on it.
    const status = paid >= Math.min(amount, settled) ? "kept" : asOf > deadline ? "broken" : "open";
    return {
      ...term,
      madeOn: term.madeOn === null ? null : serialDate(term.madeOn),
      promisedDate: serialDate(term.promisedDate),
      amount: minor(amount),
      deadline: serialDate(deadline),
      paid: minor(paid),
      status,
    };
  });
}

const lineArb = fc.record({
  // Often the same few days, so that lines of one day must be ordered by their place in the log.
  daysBefore: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -3, max: 120 })),
  customer: fc.constantFrom(...CUSTOMERS),
  invoiceNo: fc.option(fc.constantFrom(...INVOICES), { nil: undefined }),
  kind: fc.constantFrom("contact", "promise", "dispute"),
  promiseInDays: fc.integer({ min: 0, max: 40 }),
  promisedAmount: fc.option(fc.integer({ min: 1, max: 8_000 }), { nil: undefined }),
  disputed: fc.boolean(),
});

const rowArb = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  invoiceNo: fc.constantFrom(...INVOICES),
  dueDaysBefore: fc.integer({ min: -20, max: 150 }),
  amount: fc.integer({ min: -1_000, max: 8_000 }),
  paid: fc.integer({ min: 0, max: 8_000 }),
  paidDaysBefore: fc.option(fc.integer({ min: -5, max: 120 }), { nil: undefined }),
  disputed: fc.boolean(),
  promisedDaysBefore: fc.option(fc.integer({ min: -20, max: 60 }), { nil: undefined }),
});

type LineSpec = typeof lineArb extends fc.Arbitrary<infer T> ? T : never;

function toLine(l: LineSpec): CollectionLogEntry {
  const date = addDays(asOf, -l.daysBefore);
  const line: CollectionLogEntry = { date, customerId: l.customer, action: "CALL", person: "P" };
  if (l.invoiceNo !== undefined) line.invoiceNo = l.invoiceNo;
  if (l.kind === "promise") {
    line.promisedDate = addDays(date, l.promiseInDays);
    if (l.promisedAmount !== undefined) line.promisedAmount = minor(l.promisedAmount);
  }
  if (l.kind === "dispute") line.disputed = l.disputed;
  return line;
}

describe("the indexed collection pass agrees with a line-by-line reference", () => {
  test("disputes, held invoices, promise outcomes, broken promises and last contacts", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 10 }),
        fc.array(lineArb, { maxLength: 14 }),
        (rowSpecs, lineSpecs) => {
          const rows: Receivable[] = rowSpecs.map((r) => {
            const dueDate = addDays(asOf, -r.dueDaysBefore);
            const row = invoice(r.customer, r.invoiceNo, {
              invoiceDate: addDays(dueDate, -30),
              dueDate,
              amount: minor(r.amount),
            });
            if (r.paidDaysBefore !== undefined) {
              row.paid = minor(Math.min(r.paid, Math.max(0, r.amount)));
              row.paidDate = addDays(asOf, -r.paidDaysBefore);
            }
            if (r.disputed) row.disputed = true;
            if (r.promisedDaysBefore !== undefined)
              row.promisedDate = addDays(asOf, -r.promisedDaysBefore);
            return row;
          });
          const log = lineSpecs.map(toLine);
          const result = review(
            {
              customers: CUSTOMERS.map((id) => customer(id)),
              receivables: rows,
              collectionLog: log,
            },
            DEFAULT_POLICY,
            asOf
          );

          const outcomes = referenceOutcomes(rows, result.receivables, log);
          const open = outcomes.filter((o) => o.status === "open");
          for (const r of result.receivables) {
            if (r.open <= 0 || r.daysOverdue === null) {
              expect([r.disputed, r.promised]).toEqual([undefined, undefined]);
              continue;
            }
            const disputed = referenceDisputed(rows[r.index], log);
            const held =
              !disputed &&
              open.some(
                (o) =>
                  o.customerId === r.customerId &&
                  (namesNoInvoice(o.invoiceNo) ||
                    (!namesNoInvoice(r.invoiceNo) && o.invoiceNo === r.invoiceNo))
              );
            expect([r.index, r.disputed ?? false, r.promised ?? false]).toEqual([
              r.index,
              disputed,
              held,
            ]);
            if (disputed || held) expect(r.collectionAction).toBe("NONE");
          }

          const windowStart = edate(asOf, -DEFAULT_POLICY.collections.brokenPromisesWindowMonths);
          let promisedAmount = 0;
          for (const c of result.customers) {
            const own = outcomes.filter((o) => o.customerId === c.id);
            const broken = own.filter((o) => o.status === "broken" && o.promisedDate > windowStart);
            expect(c.collection?.brokenPromises3m).toBe(broken.length);
            const disputedAmount = result.receivables
              .filter((r) => r.customerId === c.id && r.disputed === true)
              .reduce((sum, r) => sum + r.open, 0);
            expect(c.collection?.disputedAmount).toBe(disputedAmount);
            const lines = log.filter((l) => l.customerId === c.id && l.date <= asOf);
            const last = lines.reduce<CollectionLogEntry | null>(
              (latest, l) => (latest === null || l.date >= latest.date ? l : latest),
              null
            );
            expect(c.collection?.lastContact).toEqual(
              last === null ? null : { date: last.date, action: "CALL", person: "P" }
            );
            // The promise shown: made last, then promised last; the later of equal ones.
            const shown = own.reduce<PromiseOutcome | null>((latest, o) => {
              if (latest === null) return o;
              const made = o.madeOn ?? -Infinity;
              const latestMade = latest.madeOn ?? -Infinity;
              return made > latestMade ||
                (made === latestMade && o.promisedDate >= latest.promisedDate)
                ? o
                : latest;
            }, null);
            expect(c.collection?.promise).toEqual(shown);
            for (const o of own)
              if (o.status === "open") promisedAmount += Math.max(0, o.amount - o.paid);
          }
          expect(result.collections?.promisedAmount).toBe(promisedAmount);
        }
      ),
      { numRuns: 400 }
    );
  });
});
