/**
 * The changes to the workbook's sheets that Excel cannot undo: a rename, and hiding a sheet
 * (`Worksheet.name` and `Worksheet.visibility` are not undo-supported on Windows and Mac).
 * Inside an undo group they fail with UndoNotSupported; outside one they clear the user's undo
 * stack. So they run on their own, before the grouped write, and only when needed: renames when
 * the language of the owned sheets changed, hiding only for a sheet the review adds.
 *
 * Pure: which steps those are, and the sheets as they are once they are done.
 */
import type { OutputPlan } from "../workbook/plan";
import type { ExistingSheet, WriteStep } from "./write-program";

export type StructureStep = Extract<WriteStep, { kind: "addSheet" | "renameSheet" | "hideSheet" }>;

/** Renames, and each hidden sheet the review adds together with its hiding. */
export function structureSteps(steps: readonly WriteStep[]): StructureStep[] {
  const hidden = new Set(steps.flatMap((step) => (step.kind === "hideSheet" ? [step.sheet] : [])));
  return steps.filter(
    (step): step is StructureStep =>
      step.kind === "renameSheet" ||
      (step.kind === "addSheet" && hidden.has(step.sheet)) ||
      step.kind === "hideSheet"
  );
}

/** The sheets once the structure steps are done: renamed under their new name, added ones empty. */
export function afterStructure(
  existing: readonly ExistingSheet[],
  steps: readonly StructureStep[]
): ExistingSheet[] {
  let sheets = existing.map((sheet) => ({ ...sheet }));
  for (const step of steps) {
    if (step.kind === "renameSheet")
      sheets = sheets.map((sheet) =>
        sheet.name === step.from ? { ...sheet, name: step.to } : sheet
      );
    else if (step.kind === "addSheet") sheets.push({ name: step.sheet, charts: [] });
  }
  return sheets;
}

/**
 * The plan with the names the structure steps gave its sheets among their known names: a sheet
 * the review just added or renamed is its own, to be written, not added again.
 */
export function withStructureNames(plan: OutputPlan, steps: readonly StructureStep[]): OutputPlan {
  const named = new Set(
    steps.flatMap((step) =>
      step.kind === "addSheet" ? [step.sheet] : step.kind === "renameSheet" ? [step.to] : []
    )
  );
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      named.has(sheet.name) && !sheet.knownNames.includes(sheet.name)
        ? { ...sheet, knownNames: [...sheet.knownNames, sheet.name] }
        : sheet
    ),
  };
}
