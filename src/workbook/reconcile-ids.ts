/**
 * Customer ids that lost (or gained) leading zeros between sheets (BAD-INPUTS #8): "00123" typed
 * as text on the customer sheet, 123 as a number on the receivables sheet. When exactly one
 * customer has the same digits, the row is matched to it and one warning per id pair says so.
 * Two customers with the same digits ("0123" and "123") are distinct: nothing is matched then.
 */
import type { Customer, Problem, SourceRef } from "../engine/types";
import { idWithoutLeadingZeros } from "./parse-id";
import { READ_CODES, cellProblem } from "./read-problem";

interface HasCustomerId {
  customerId: string;
  source?: SourceRef;
}

export interface IdColumn {
  sheet: string;
  column: number;
  header: string;
}

export function reconcileCustomerIds(
  customers: readonly Customer[],
  rows: HasCustomerId[],
  idColumn: IdColumn,
  problems: Problem[]
): void {
  const exact = new Set(customers.map((customer) => customer.id));
  const byDigits = new Map<string, string | null>();
  for (const customer of customers) {
    const digits = idWithoutLeadingZeros(customer.id);
    const known = byDigits.get(digits);
    byDigits.set(digits, known === undefined || known === customer.id ? customer.id : null);
  }
  const pairs = new Map<string, { customerId: string; firstRow: number; rows: number }>();
  for (const row of rows) {
    if (exact.has(row.customerId)) continue;
    const match = byDigits.get(idWithoutLeadingZeros(row.customerId));
    if (match === undefined || match === null) continue;
    const pair = pairs.get(row.customerId) ?? {
      customerId: match,
      firstRow: row.source?.row ?? 0,
      rows: 0,
    };
    pair.rows++;
    pairs.set(row.customerId, pair);
    row.customerId = match;
  }
  for (const [written, pair] of pairs) {
    problems.push(
      cellProblem(
        idColumn.sheet,
        pair.firstRow,
        idColumn.column,
        idColumn.header,
        written,
        READ_CODES.idLeadingZeros,
        pair.rows === 1
          ? { customer: pair.customerId, rows: pair.rows, variant: "one" }
          : { customer: pair.customerId, rows: pair.rows }
      )
    );
  }
}
