/**
 * What the collection rules read of each reviewed receivable, written by the receivable pass as
 * it ages the row, in columns by the result's position. Each row object is then read once per
 * review instead of a second time by the collection pass (rows of varied shapes make every
 * property read a slow, megamorphic one).
 */
import type { Receivable } from "./types";

/** Bits of `rowFlags`. */
export const ROW_DISPUTED = 1;
export const ROW_PROMISED_DATE = 2;

export class ReceivableColumns {
  /** Customer slot of each result. */
  readonly slots: Int32Array;
  /** The result's open amount, and its days overdue (NaN: nothing owed). */
  readonly open: Float64Array;
  readonly daysOverdue: Float64Array;
  /** Its row's payment and payment date as typed (0 and NaN when none). */
  readonly paid: Float64Array;
  readonly paidDate: Float64Array;
  readonly rowFlags: Uint8Array;
  private kept = 0;

  /** Room for `rows` results: no result is made for a rejected row, so there are at most as many. */
  constructor(rows: number) {
    this.slots = new Int32Array(rows);
    this.open = new Float64Array(rows);
    this.daysOverdue = new Float64Array(rows);
    this.paid = new Float64Array(rows);
    this.paidDate = new Float64Array(rows);
    this.rowFlags = new Uint8Array(rows);
  }

  /** The number of results written. */
  get count(): number {
    return this.kept;
  }

  /** Writes the next result's figures; the payment as typed, before the pass's own checks. */
  push(
    row: Receivable,
    slot: number,
    open: number,
    daysOverdue: number,
    typedPaid: number,
    paidDate: number
  ): void {
    const i = this.kept++;
    this.slots[i] = slot;
    this.open[i] = open;
    this.daysOverdue[i] = daysOverdue;
    this.paid[i] = typedPaid;
    this.paidDate[i] = paidDate;
    let flags = row.disputed === true ? ROW_DISPUTED : 0;
    if (row.promisedDate !== undefined) flags |= ROW_PROMISED_DATE;
    this.rowFlags[i] = flags;
  }
}
