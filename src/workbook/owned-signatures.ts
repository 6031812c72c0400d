/**
 * What the add-in writes that proves a cell or a sheet is its own: the exact header of each
 * output column and the exact first cell (A1) of each owned sheet, in every language a review
 * may have been run in. The output map only says where to look; these texts must still be there.
 */
import type { OutputLabels } from "./labels";
import type { BlockRole, OwnedSheetKey } from "./meta-sheet";
import { META_MARKER } from "./meta-sheet";
import { creditLogHeaders } from "./plan-credit-log";
import { agingHistoryTitle } from "./plan-aging-history";
import { lossAllowanceTitle } from "./plan-loss-allowance-sheet";
import { POLICY_SHEET_FALLBACK_NAME } from "./plan-policy-sheet";
import { collectionsTitle } from "./plan-collections-sheet";
import { lettersTitle } from "./plan-letters-sheet";
import { trendsTitle } from "./plan-trends-sheet";

/** Output key → every header a review writes for it, in any language. */
export type OutputHeaders = ReadonlyMap<string, ReadonlySet<string>>;

export interface OwnedSignatures {
  /** Per block role, its output headers. */
  headers: Record<BlockRole, OutputHeaders>;
  /** Per owned sheet: every text a review writes in its A1. */
  firstCells: Record<OwnedSheetKey, ReadonlySet<string>>;
}

function collect(
  labelsOfEachLanguage: readonly OutputLabels[],
  columns: (labels: OutputLabels) => Record<string, string>
): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const labels of labelsOfEachLanguage) {
    for (const [key, header] of Object.entries(columns(labels))) {
      const headers = byKey.get(key) ?? new Set<string>();
      headers.add(header);
      byKey.set(key, headers);
    }
  }
  return byKey;
}

/** The A1 texts of the owned sheets, as their plans write them (a test holds the two together). */
function firstCellsOf(labels: OutputLabels): Record<OwnedSheetKey, string> {
  return {
    aging: labels.aging.title ?? labels.sheets.aging,
    creditLog: creditLogHeaders(labels)[0],
    creditChanges: labels.changes.title ?? labels.sheets.creditChanges,
    policy: labels.sheets.policy ?? POLICY_SHEET_FALLBACK_NAME,
    meta: META_MARKER,
    agingHistory: agingHistoryTitle(labels),
    collections: collectionsTitle(labels),
    letters: lettersTitle(labels),
    trends: trendsTitle(labels),
    lossAllowance: lossAllowanceTitle(labels),
  };
}

/** The signatures of every language given; none given proves nothing ours. */
export function ownedSignatures(labelsOfEachLanguage: readonly OutputLabels[]): OwnedSignatures {
  const firstCells: Record<OwnedSheetKey, Set<string>> = {
    aging: new Set(),
    creditLog: new Set(),
    creditChanges: new Set(),
    policy: new Set(),
    meta: new Set([META_MARKER]),
    agingHistory: new Set(),
    collections: new Set(),
    letters: new Set(),
    trends: new Set(),
    lossAllowance: new Set(),
  };
  for (const labels of labelsOfEachLanguage) {
    for (const [key, text] of Object.entries(firstCellsOf(labels)) as [OwnedSheetKey, string][])
      firstCells[key].add(text);
  }
  return {
    headers: {
      customers: collect(labelsOfEachLanguage, (labels) => labels.customerColumns),
      receivables: collect(labelsOfEachLanguage, (labels) => labels.receivableColumns),
    },
    firstCells,
  };
}
