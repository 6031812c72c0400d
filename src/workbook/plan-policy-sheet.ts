/**
 * The policy a review used, kept as a visible sheet of the workbook: an audit trail a person can
 * read (which limits, bands and thresholds produced these numbers) and the policy the next review
 * of the same file runs with when nothing newer is given (CREDIT-POLICY.md §11 precedence).
 *
 * Layout, readable by `readPolicySheet` as it is:
 *   row 1: the sheet's title | the policy version | the header of the words column (the first
 *          key row, which the reader skips)
 *   row 2…: one `policyToRows` key/value pair per row (the version is among them), and beside
 *          it the setting in words in the chosen language (a third column the reader ignores).
 */
import type { Policy } from "../engine/policy";
import type { OutputLabels } from "./labels";
import type { NumberFormatPlan, PlanValue, SheetPlan } from "./plan";
import { fitSheetColumns } from "./fit-sheet-columns";
import { policyKeyLabel } from "./policy-key-label";
import { replacedVisibleSheet } from "./replaced-sheet";
import type { OwnedSheetName } from "./plan-sheet-name";
import { TEXT_FORMAT } from "./number-formats";
import { policyToRows } from "./policy-rows";

/** The sheet's name when the labels of a language do not give one. */
export const POLICY_SHEET_FALLBACK_NAME = "Credit Policy Used";

export interface PolicySheetArgs {
  policy: Policy;
  /** The title written in A1 (the sheet's name in the chosen language). */
  title: string;
  sheetName: OwnedSheetName;
  /** Words beside the keys; absent: keys and values only. */
  words?: OutputLabels["policyKeys"];
}

/** The rows of the sheet, title row first. */
export function policySheetRows(
  policy: Policy,
  title: string,
  words?: OutputLabels["policyKeys"]
): PlanValue[][] {
  const rows: PlanValue[][] = policyToRows(policy);
  if (!words) return [[title, policy.version], ...rows];
  return [
    [title, policy.version, words.header],
    ...rows.map(([key, value]) => [key, value, policyKeyLabel(String(key), words)]),
  ];
}

/**
 * Text cells keep the text format, so that Excel never turns a version such as "2026.1" or a list
 * such as "0,30,60" into a number; numbers stay numbers a person can check.
 */
function textFormats(rows: readonly PlanValue[][]): NumberFormatPlan[] {
  const formats: NumberFormatPlan[] = [{ range: `A1:A${rows.length}`, format: TEXT_FORMAT }];
  rows.forEach((row, index) => {
    if (typeof row[1] === "string") formats.push({ range: `B${index + 1}`, format: TEXT_FORMAT });
  });
  return formats;
}

export function buildPolicySheet(args: PolicySheetArgs): SheetPlan {
  const cells = policySheetRows(args.policy, args.title, args.words);
  const numberFormats = textFormats(cells);
  // Row 1 (title, version, header of the words) is the header the columns fit too.
  const header = { row: 1, texts: (cells[0] ?? []).map((cell) => String(cell ?? "")) };
  return replacedVisibleSheet("policy", args.sheetName, {
    cells,
    numberFormats,
    conditionalFormats: [],
    boldRows: [1],
    columnWidths: fitSheetColumns({ cells, startRow: 1, numberFormats }, header).columnWidths,
    freezeRows: 1,
    charts: [],
  });
}
