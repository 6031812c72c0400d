/**
 * The pane's "Write Letters sheet": of a ready review's plan, the Letters sheet alone, and the
 * output map rewritten so that it still records every sheet and column block already proven
 * ours (they are not written now, and must stay ours for the next review) plus the Letters sheet.
 * The Letters sheet is the one the full plan named, so a user's own sheet called "Letters" is
 * never overwritten: the plan already chose another name for ours.
 *
 * Null when the review plans no Letters sheet (no collection data and none written before).
 */
import type { MetaBlock, MetaContent } from "./meta-sheet";
import { buildMetaSheet } from "./meta-sheet";
import type { OutputPlan } from "./plan";
import type { ReadyReview } from "./prepare-review";
import type { TableLayout, WorkbookLayout } from "./layout";

function provenBlock(table: TableLayout): MetaBlock | undefined {
  return table.ownedBlock === null
    ? undefined
    : { sheet: table.sheet, headerRow: table.headerRow, ...table.ownedBlock };
}

function provenSheets(layout: WorkbookLayout): MetaContent["sheets"] {
  const sheets: MetaContent["sheets"] = {};
  for (const [key, sheet] of Object.entries(layout.ownedSheets))
    if (sheet !== undefined) Object.assign(sheets, { [key]: sheet.name });
  return sheets;
}

export function lettersOnlyPlan(ready: Pick<ReadyReview, "plan" | "layout">): OutputPlan | null {
  const letters = ready.plan.sheets.find((sheet) => sheet.key === "letters");
  const map = ready.plan.sheets.find((sheet) => sheet.key === "meta");
  if (letters === undefined || map === undefined) return null;
  const { layout } = ready;
  const blocks: MetaContent["blocks"] = {};
  const customers = provenBlock(layout.customers);
  const receivables = provenBlock(layout.receivables);
  if (customers) blocks.customers = customers;
  if (receivables) blocks.receivables = receivables;
  const sheets = { ...provenSheets(layout), letters: letters.name, meta: map.name };
  return {
    columnBlocks: [],
    sheets: [letters, buildMetaSheet({ blocks, sheets }, map.name, map.knownNames)],
    activate: letters.name,
  };
}
