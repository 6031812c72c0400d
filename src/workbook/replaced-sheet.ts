/** A visible owned sheet that every review clears and writes again from its first row. */
import type { SheetPlan } from "./plan";
import type { OwnedSheetName, VisibleSheetKey } from "./plan-sheet-name";

/** What such sheets differ in: their content and its layout. */
export type ReplacedSheetContent = Omit<
  SheetPlan,
  "key" | "name" | "knownNames" | "visibility" | "mode" | "startRow"
>;

export function replacedVisibleSheet(
  key: VisibleSheetKey,
  sheetName: OwnedSheetName,
  content: ReplacedSheetContent
): SheetPlan {
  return {
    key,
    name: sheetName.name,
    knownNames: sheetName.knownNames,
    visibility: "visible",
    mode: "replace",
    // A replaced sheet is written from the top: cells[0] is row 1.
    startRow: 1,
    ...content,
  };
}
