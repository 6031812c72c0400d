/**
 * How much each of the reader's problems matters, from its code through one table (the
 * engine's codes have theirs in engine/problems.ts); set once, when the problem is made:
 * - error: the row (or the sheet) is left out of the totals it would falsify;
 * - warning: the review still uses the row, with a value assumed, rounded, or not used;
 * - info: nothing is wrong; the review shows it apart (an open credit note or an overpayment
 *   as an unapplied credit), so it is not counted among the problems.
 * Where one code covers both cases, the reader's `consequence` param decides: a row left out is
 * an error, a value not used with the row kept is a warning.
 */
import type { Problem, Severity } from "../engine/types";
import { READ_CODES, type ReadCode } from "./read-codes";

export type { Severity } from "../engine/types";

/** Most serious first: the order the preview and the summary show them in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Typed by the codes, so a code without its entry does not compile. */
export const READ_SEVERITY: Readonly<Record<ReadCode, Severity>> = {
  [READ_CODES.sheetMissing]: "error",
  [READ_CODES.sheetEmpty]: "error",
  [READ_CODES.sheetNotRead]: "error",
  [READ_CODES.columnMissing]: "error",
  [READ_CODES.columnAmbiguous]: "error",
  [READ_CODES.mappingInvalid]: "warning",
  // A column the review does not read, or one that only resembles a field: nothing is assumed.
  [READ_CODES.columnsUnused]: "warning",
  [READ_CODES.headerResembles]: "warning",
  [READ_CODES.missingValue]: "error",
  [READ_CODES.missingId]: "error",
  [READ_CODES.notADate]: "error",
  [READ_CODES.ambiguousDate]: "error",
  [READ_CODES.twoDigitYear]: "error",
  [READ_CODES.dateBefore1900]: "error",
  [READ_CODES.dateOutOfRange]: "error",
  [READ_CODES.notANumber]: "error",
  [READ_CODES.notTerms]: "error",
  [READ_CODES.notWholeNumber]: "error",
  [READ_CODES.negativeNumber]: "error",
  [READ_CODES.tooManyDecimals]: "error",
  [READ_CODES.ambiguousSeparator]: "error",
  [READ_CODES.amountRounded]: "warning",
  [READ_CODES.numberTooLarge]: "error",
  [READ_CODES.percentNotAllowed]: "error",
  [READ_CODES.cellError]: "error",
  [READ_CODES.noResult]: "error",
  [READ_CODES.idPrecisionLost]: "error",
  [READ_CODES.notAnId]: "error",
  [READ_CODES.idLeadingZeros]: "warning",
  [READ_CODES.notYesNo]: "warning",
  [READ_CODES.unknownStatus]: "warning",
  [READ_CODES.unknownWord]: "warning",
  [READ_CODES.textTruncated]: "warning",
  [READ_CODES.currencyConflict]: "error",
  [READ_CODES.paidOpenMismatch]: "warning",
  [READ_CODES.mergedCells]: "warning",
  [READ_CODES.hiddenRows]: "warning",
  [READ_CODES.totalRowSkipped]: "warning",
  [READ_CODES.rowsBelowTable]: "warning",
  // A sheet not taken for orders, or group titles read with the headers under them: a choice made.
  [READ_CODES.ordersSheetNotUsed]: "warning",
  [READ_CODES.groupHeaderRow]: "warning",
  [READ_CODES.unknownPolicyKey]: "warning",
  [READ_CODES.policyValue]: "warning",
  [READ_CODES.policyInvalid]: "error",
  [READ_CODES.logRow]: "warning",
  [READ_CODES.ownedMapUnreadable]: "warning",
  // An earlier output column the user changed is left as it is: nothing lost, a choice made.
  [READ_CODES.outputColumnLeft]: "warning",
  // A Collection Log line (or its promise) not applied: the aging and the limits are unaffected.
  [READ_CODES.unknownInvoice]: "warning",
  [READ_CODES.promiseBeforeLine]: "warning",
};

/** What the reader did with the row, when it says (see row-reader.ts CONSEQUENCE_KEY). */
const SEVERITY_BY_CONSEQUENCE: Readonly<Record<string, Severity>> = {
  rowLeftOut: "error",
  valueIgnored: "warning",
  rowKept: "warning",
  logRowLeftOut: "warning",
  historyRowKept: "warning",
};

/** A reader's problem's severity: its consequence when it says one, else its code's. */
export function readSeverity(code: ReadCode, params: Problem["params"]): Severity {
  const consequence = params.consequence;
  if (typeof consequence === "string") {
    const byConsequence = SEVERITY_BY_CONSEQUENCE[consequence];
    if (byConsequence !== undefined) return byConsequence;
  }
  return READ_SEVERITY[code];
}

/** Problems of each severity, in the order given. */
export function problemsBySeverity<P extends Pick<Problem, "severity">>(
  problems: readonly P[]
): Record<Severity, P[]> {
  const grouped: Record<Severity, P[]> = { error: [], warning: [], info: [] };
  for (const problem of problems) grouped[problem.severity].push(problem);
  return grouped;
}
