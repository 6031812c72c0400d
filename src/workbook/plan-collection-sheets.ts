/**
 * The two owned sheets of collections — the worklist and the printed letters — as a review
 * writes them: when the review had collection data, or when an earlier review wrote them (they
 * are then written again, emptied, rather than left showing stale steps).
 */
import type { Policy } from "../engine/policy";
import type { ReviewInput, ReviewResult } from "../engine/types";
import type { StatementWordsByLanguage } from "./customer-letters";
import type { OutputLabels } from "./labels";
import type { WorkbookLayout } from "./layout";
import type { SheetPlan } from "./plan";
import { buildCollectionsSheet } from "./plan-collections-sheet";
import { lettersSheetPlan } from "./plan-letters-sheet";
import type { OwnedSheetName, VisibleSheetKey } from "./plan-sheet-name";

export interface CollectionSheetsArgs {
  input: ReviewInput;
  result: ReviewResult;
  layout: WorkbookLayout;
  labels: OutputLabels;
  policy: Policy;
  company: string;
  statementWords: StatementWordsByLanguage;
  names: Record<VisibleSheetKey, OwnedSheetName>;
}

export function collectionSheets(args: CollectionSheetsArgs): SheetPlan[] {
  const { input, result, layout, labels, policy, names } = args;
  const sheets: SheetPlan[] = [];
  const hadData = result.collections !== undefined;
  if (hadData || layout.ownedSheets.collections !== undefined)
    sheets.push(
      buildCollectionsSheet({
        result,
        customers: input.customers,
        labels,
        policy,
        sheetName: names.collections,
      })
    );
  if (hadData || layout.ownedSheets.letters !== undefined)
    sheets.push(
      lettersSheetPlan({
        input,
        result,
        policy,
        labels,
        company: args.company,
        statementWords: args.statementWords,
        sheetName: names.letters,
      })
    );
  return sheets;
}
