/**
 * Something the user should know about a write (a result that has no row to go on, a text cut
 * to Excel's cell limit, a review left out of the history), as data: a code, the place and
 * params typed per code. No sentence: the language layer words it (`i18n/plan-note-messages`).
 */

/** The result a note is about: a customer, or an invoice of a customer. */
export type PlanNoteItem =
  { kind: "customer"; id: string } | { kind: "invoice"; id: string; customerId: string };

export interface PlanNotePlace {
  sheet: string;
  /** 1-based worksheet row, when the note is about one row. */
  row: number | null;
  /** A1 address, when the note is about one cell. */
  cell: string | null;
}

interface Note<Code extends string, Params> {
  code: Code;
  severity: "warning";
  place: PlanNotePlace;
  params: Params;
}

export type PlanNote =
  /** The item's row is not among the table's data rows, so its results were not written there. */
  | Note<
      "ROW_OUTSIDE_TABLE",
      { sheet: string; row: number; firstRow: number; lastDataRow: number; item: PlanNoteItem }
    >
  /** Two results belong on one row: only the first was written. */
  | Note<"ROW_SHARED", { sheet: string; row: number; item: PlanNoteItem }>
  /** The item was read from another sheet (or from no row): its results are elsewhere only. */
  | Note<"NO_ROW_ON_SHEET", { sheet: string; item: PlanNoteItem }>
  /** A text longer than a cell holds was cut to `limit` characters. */
  | Note<"TEXT_CUT", { sheet: string; cell: string; length: number; limit: number }>
  /** A past review was left out of the history so that the sheet fits Excel's rows. */
  | Note<"HISTORY_REVIEW_LEFT_OUT", { sheet: string; asOf: string; maxRow: number }>
  /** The review's totals and the sum of the rows written differ (a fault to report). */
  | Note<"AGING_TOTALS_DIFFER", { sheet: string }>;

export type PlanNoteCode = PlanNote["code"];
export type PlanNoteOf<Code extends PlanNoteCode> = Extract<PlanNote, { code: Code }>;

/** A note with its code's params; the place's row and cell not given are null. */
export function planNoteOf<Code extends PlanNoteCode>(
  code: Code,
  params: PlanNoteOf<Code>["params"],
  place: Partial<PlanNotePlace> & { sheet: string }
): PlanNoteOf<Code> {
  const note = {
    code,
    severity: "warning" as const,
    place: { row: null, cell: null, ...place },
    params,
  };
  // The compiler cannot narrow a union member from a generic code; the params' type ties them.
  return note as unknown as PlanNoteOf<Code>;
}
