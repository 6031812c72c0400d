/**
 * The check round trip of an apply: reads only, so a refusal leaves the workbook untouched.
 *
 * It finds the sheets as they are now (with their charts and whether the block sheets have frozen
 * panes), which sheets the review writes to are protected, whether the workbook's structure is
 * protected, and the id column of every planned row as it is now. Anything that moved since the
 * preview (a sort, rows inserted or deleted, a co-author's edit) refuses the apply.
 */
import type { ColumnBlockPlan, OutputPlan, RowGuardValue } from "../workbook/plan";
import {
  ExcelAdapterError,
  WORKBOOK_PROTECTED_MESSAGE,
  rowsMovedMessage,
  sheetMissingMessage,
  sheetNameTakenMessage,
  sheetProtectedMessage,
} from "./errors";
import { sheetNameKey } from "./missing-sheet";
import type { ExistingSheet, WriteProgram } from "./write-program";

export interface CheckedWorkbook {
  existing: ExistingSheet[];
  /** Sheets the review writes to that are protected, by their name now. */
  protectedSheets: string[];
  workbookProtected: boolean;
  /** The first planned row whose id is not the one the preview was made from. */
  movedRow: { sheet: string; row: number } | null;
}

/** Every name a sheet the plan writes to may carry now. */
function sheetsWrittenTo(plan: OutputPlan): string[] {
  const names = [
    ...plan.columnBlocks.map((block) => block.sheet),
    ...plan.sheets.flatMap((sheet) => [sheet.name, ...sheet.knownNames]),
  ];
  const byKey = new Map(names.map((name) => [sheetNameKey(name), name] as const));
  return [...byKey.values()];
}

interface GuardRead {
  block: ColumnBlockPlan;
  range: Excel.Range;
}

/** Queues the loads of the check; the returned function reads them once the round trip is done. */
export function queueCheck(context: Excel.RequestContext, plan: OutputPlan): () => CheckedWorkbook {
  const worksheets = context.workbook.worksheets;
  worksheets.load({ name: true, charts: { name: true } });
  const blockSheets = [...new Set(plan.columnBlocks.map((block) => block.sheet))];
  const panes = blockSheets.map((name) => {
    const location = worksheets.getItemOrNullObject(name).freezePanes.getLocationOrNullObject();
    location.load("address");
    return { name: sheetNameKey(name), location };
  });
  const protections = sheetsWrittenTo(plan).map((name) => {
    const protection = worksheets.getItemOrNullObject(name).protection;
    protection.load("protected");
    return { name, protection };
  });
  const workbookProtection = context.workbook.protection;
  workbookProtection.load("protected");
  const guards: GuardRead[] = plan.columnBlocks.flatMap((block) => {
    const guard = block.rowGuard;
    if (!guard || guard.values.length === 0) return [];
    const range = worksheets
      .getItemOrNullObject(block.sheet)
      .getRangeByIndexes(block.headerRow, guard.column - 1, guard.values.length, 1);
    range.load("values");
    return [{ block, range }];
  });

  return () => {
    const frozen = new Map(panes.map(({ name, location }) => [name, !location.isNullObject]));
    const existing = worksheets.items.map((sheet): ExistingSheet => {
      const isFrozen = frozen.get(sheetNameKey(sheet.name));
      return {
        name: sheet.name,
        charts: sheet.charts.items.map((chart) => chart.name),
        ...(isFrozen === undefined ? {} : { frozen: isFrozen }),
      };
    });
    return {
      existing,
      protectedSheets: protections
        .filter(({ protection }) => !protection.isNullObject && protection.protected)
        .map(({ name }) => name),
      workbookProtected: workbookProtection.protected,
      movedRow: firstMovedRow(guards),
    };
  };
}

/** Office gives an empty cell as "" and an error cell as its text, as the guard keeps them. */
function sameValue(now: unknown, then: RowGuardValue): boolean {
  return (now === "" || now === null || now === undefined ? null : now) === then;
}

function firstMovedRow(guards: readonly GuardRead[]): CheckedWorkbook["movedRow"] {
  for (const { block, range } of guards) {
    // A missing sheet is a null range: refused as missing, not as moved.
    if (range.isNullObject) continue;
    const expected = block.rowGuard?.values ?? [];
    const now = range.values;
    const index = expected.findIndex((value, row) => !sameValue(now[row]?.[0], value));
    if (index >= 0) return { sheet: block.sheet, row: block.headerRow + 1 + index };
  }
  return null;
}

/** Whether the program adds, renames or hides a sheet: what workbook protection forbids. */
function changesStructure(program: WriteProgram): boolean {
  return program.steps.some(
    (step) => step.kind === "addSheet" || step.kind === "renameSheet" || step.kind === "hideSheet"
  );
}

/** Why the plan cannot be written now, or null. The first reason found is the one reported. */
export function refusalOf(
  checked: CheckedWorkbook,
  program: WriteProgram
): ExcelAdapterError | null {
  const missing = program.missingSheets[0];
  if (missing !== undefined)
    return new ExcelAdapterError("SHEET_MISSING", sheetMissingMessage(missing), {
      retryable: true,
      sheet: missing,
    });
  const taken = program.takenNames[0];
  if (taken !== undefined)
    return new ExcelAdapterError("SHEET_NAME_TAKEN", sheetNameTakenMessage(taken[0]), {
      sheet: taken[0],
    });
  const moved = checked.movedRow;
  if (moved)
    return new ExcelAdapterError("ROWS_MOVED", rowsMovedMessage(moved.sheet, moved.row), {
      retryable: true,
      sheet: moved.sheet,
    });
  const locked = checked.protectedSheets[0];
  if (locked !== undefined)
    return new ExcelAdapterError("SHEET_PROTECTED", sheetProtectedMessage(locked), {
      sheet: locked,
    });
  if (checked.workbookProtected && changesStructure(program))
    return new ExcelAdapterError("WORKBOOK_PROTECTED", WORKBOOK_PROTECTED_MESSAGE);
  return null;
}
