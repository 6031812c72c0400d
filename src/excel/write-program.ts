/**
 * An output plan as an ordered list of write steps for the live workbook, given what the check
 * round trip found there. Pure: which sheets to add, rename or clear, which cells to write,
 * which formats, charts and panes to set. `apply-plan.ts` schedules the steps into round trips
 * and turns each into Office.js calls.
 *
 * Order: renames and new sheets; clearing of owned output; cells; then formatting, charts,
 * visibility and the sheet to show. Every step names its sheet by the name it has once the
 * renames are done.
 */
import type {
  ChartPlan,
  ColumnBlockPlan,
  ConditionalFormatPlan,
  OutputPlan,
  PrintPlan,
  SheetPlan,
} from "../workbook/plan";
import { rowHeightForLines } from "../workbook/column-fit";
import { rangeAddress } from "../workbook/plan-address";
import { boxColumns, boxRows, parseBox } from "./address";
import { type CellInput, type IsTextCell, TEXT_NUMBER_FORMAT, toCellInputs } from "./cell-input";
import { sheetNameKey } from "./missing-sheet";
import { clearableRanges } from "./table-headers";

/** A sheet as the check round trip found it. */
export interface ExistingSheet {
  name: string;
  /** Names of the charts on it (an owned sheet's charts are replaced, not piled up). */
  charts: string[];
  /** Whether it has frozen panes; known for the sheets the column blocks go on. */
  frozen?: boolean;
}

/** A rectangle of cells: values and/or one number format per column. */
export interface CellsStep {
  kind: "cells";
  sheet: string;
  /** 1-based worksheet row and column of the top-left cell. */
  top: number;
  left: number;
  rows: number;
  columns: number;
  values: CellInput[][] | null;
  columnFormats: string[] | null;
}

export type WriteStep =
  | { kind: "addSheet"; sheet: string }
  | { kind: "renameSheet"; from: string; to: string }
  /** Contents, formats, conditional formats and frozen panes of a whole owned sheet. */
  | { kind: "clearSheet"; sheet: string }
  | { kind: "deleteChart"; sheet: string; chart: string }
  /** Contents and formats of owned cells an earlier review wrote. */
  | { kind: "clearRange"; sheet: string; address: string }
  | { kind: "clearConditionalFormats"; sheet: string; address: string }
  | CellsStep
  | { kind: "conditionalFormat"; sheet: string; format: ConditionalFormatPlan }
  | { kind: "chart"; sheet: string; chart: ChartPlan }
  | { kind: "boldRow"; sheet: string; row: number }
  | { kind: "columnWidth"; sheet: string; column: number; characters: number }
  | { kind: "freezeRows"; sheet: string; rows: number }
  /** Header cells that wrap; the row is `heightPoints` tall, or fitted by Excel when null (a user's row). */
  | { kind: "wrapHeader"; sheet: string; address: string; row: number; heightPoints: number | null }
  | { kind: "print"; sheet: string; print: PrintPlan }
  | { kind: "hideSheet"; sheet: string }
  | { kind: "activate"; sheet: string };

export interface WriteProgram {
  steps: WriteStep[];
  /** Sheets the plan writes into that are gone: nothing may be written then. */
  missingSheets: string[];
  /** Owned sheets whose planned name another sheet (not ours) carries: [planned name, that sheet]. */
  takenNames: [string, string][];
}

interface SheetResolution {
  plan: SheetPlan;
  /** The sheet's current name, or null when it must be added. */
  current: ExistingSheet | null;
}

/**
 * An owned sheet is found only under a name the output map confirms is ours (`knownNames`): a
 * user's sheet that happens to carry the plan's name is never taken for ours.
 */
function resolveSheet(plan: SheetPlan, byKey: ReadonlyMap<string, ExistingSheet>): SheetResolution {
  const found = plan.knownNames
    .map((name) => byKey.get(sheetNameKey(name)))
    .find((sheet) => sheet !== undefined);
  return { plan, current: found ?? null };
}

/** The area a block covers now and covered before: header row to the old last row. */
function blockArea(block: ColumnBlockPlan): { bottom: number; right: number } {
  const lastRow = block.headerRow + block.rows.length;
  return {
    bottom: lastRow + block.clearRowsBelow,
    right: block.firstColumn + block.keys.length - 1 + (block.clearColumnsRight ?? 0),
  };
}

function blockClearSteps(block: ColumnBlockPlan): WriteStep[] {
  return blockClearAreas(block).flatMap((step) =>
    step.kind === "clearRange"
      ? clearableRanges(step.address, block.excelTableHeaders ?? []).map((address): WriteStep => ({
          ...step,
          address,
        }))
      : [step]
  );
}

/** Owned cells to clear, before Table headers are cut out of them. */
function blockClearAreas(block: ColumnBlockPlan): WriteStep[] {
  const steps: WriteStep[] = [];
  const width = block.keys.length;
  const lastRow = block.headerRow + block.rows.length;
  const area = blockArea(block);
  if (block.clearRowsBelow > 0) {
    const address = rangeAddress(
      lastRow + 1,
      block.firstColumn,
      area.bottom,
      block.firstColumn + width - 1
    );
    steps.push({ kind: "clearRange", sheet: block.sheet, address });
  }
  const clearRight = block.clearColumnsRight ?? 0;
  if (clearRight > 0) {
    // An earlier, wider block: its extra columns, from the header row to its old last row.
    const address = rangeAddress(
      block.headerRow,
      block.firstColumn + width,
      area.bottom,
      area.right
    );
    steps.push({ kind: "clearRange", sheet: block.sheet, address });
  }
  const whole = rangeAddress(block.headerRow, block.firstColumn, area.bottom, area.right);
  steps.push({ kind: "clearConditionalFormats", sheet: block.sheet, address: whole });
  // Cells proven ours of an earlier block the user broke up: cleared, never written again.
  for (const address of block.clearRanges ?? []) {
    steps.push({ kind: "clearRange", sheet: block.sheet, address });
    steps.push({ kind: "clearConditionalFormats", sheet: block.sheet, address });
  }
  return steps;
}

function blockCellSteps(block: ColumnBlockPlan): CellsStep[] {
  const width = block.keys.length;
  const header: CellsStep = {
    kind: "cells",
    sheet: block.sheet,
    top: block.headerRow,
    left: block.firstColumn,
    rows: 1,
    columns: width,
    values: toCellInputs([block.headers], width, block.sheet, block.headerRow, block.firstColumn),
    columnFormats: null,
  };
  if (block.rows.length === 0) return [header];
  const top = block.headerRow + 1;
  const body: CellsStep = {
    kind: "cells",
    sheet: block.sheet,
    top,
    left: block.firstColumn,
    rows: block.rows.length,
    columns: width,
    values: toCellInputs(
      block.rows,
      width,
      block.sheet,
      top,
      block.firstColumn,
      (_row, column) => block.numberFormats[column - block.firstColumn] === TEXT_NUMBER_FORMAT
    ),
    columnFormats: block.numberFormats.slice(0, width),
  };
  return [header, body];
}

/**
 * Widths of the block's columns, its wrapped headers, and the header frozen where the sheet has
 * no frozen panes of its own (how the user's sheet scrolls is the user's: a sheet whose
 * freezing is unknown is left as it is).
 */
function blockLayoutSteps(
  block: ColumnBlockPlan,
  existing: ExistingSheet | undefined
): WriteStep[] {
  const sheet = block.sheet;
  const steps: WriteStep[] = [];
  (block.columnWidths ?? []).forEach((characters, index) => {
    if (characters > 0)
      steps.push({ kind: "columnWidth", sheet, column: block.firstColumn + index, characters });
  });
  if ((block.headerLines ?? 1) > 1) {
    const right = block.firstColumn + block.keys.length - 1;
    steps.push({
      kind: "wrapHeader",
      sheet,
      address: rangeAddress(block.headerRow, block.firstColumn, block.headerRow, right),
      row: block.headerRow,
      heightPoints: null,
    });
  }
  const freeze = block.freezeRowsIfUnfrozen ?? 0;
  if (freeze > 0 && existing?.frozen === false)
    steps.push({ kind: "freezeRows", sheet, rows: freeze });
  return steps;
}

function sheetPrepareSteps({ plan, current }: SheetResolution): WriteStep[] {
  if (!current) return [{ kind: "addSheet", sheet: plan.name }];
  const steps: WriteStep[] = [];
  if (current.name !== plan.name)
    steps.push({ kind: "renameSheet", from: current.name, to: plan.name });
  return steps;
}

function sheetClearSteps({ plan, current }: SheetResolution): WriteStep[] {
  if (!current) return [];
  const steps: WriteStep[] = [];
  if (plan.mode === "replace") steps.push({ kind: "clearSheet", sheet: plan.name });
  if (plan.mode === "replace" || plan.charts.length > 0) {
    for (const chart of current.charts)
      steps.push({ kind: "deleteChart", sheet: plan.name, chart });
  }
  return steps;
}

/** Cells a sheet plan formats as Text (the last format given to a cell is the one it keeps). */
function textCellsOf(plan: SheetPlan): IsTextCell {
  const formats = plan.numberFormats.map((format) => ({
    box: parseBox(format.range),
    text: format.format === TEXT_NUMBER_FORMAT,
  }));
  if (!formats.some((format) => format.text)) return () => false;
  return (row, column) => {
    let text = false;
    for (const { box, text: isText } of formats)
      if (row >= box.top && row <= box.bottom && column >= box.left && column <= box.right)
        text = isText;
    return text;
  };
}

function sheetCellSteps(plan: SheetPlan): CellsStep[] {
  const steps: CellsStep[] = plan.numberFormats.map((format) => {
    const box = parseBox(format.range);
    const columns = boxColumns(box);
    return {
      kind: "cells",
      sheet: plan.name,
      top: box.top,
      left: box.left,
      rows: boxRows(box),
      columns,
      values: null,
      columnFormats: new Array<string>(columns).fill(format.format),
    };
  });
  if (plan.cells.length > 0) {
    const width = plan.cells.reduce((widest, line) => Math.max(widest, line.length), 1);
    steps.push({
      kind: "cells",
      sheet: plan.name,
      top: plan.startRow,
      left: 1,
      rows: plan.cells.length,
      columns: width,
      values: toCellInputs(plan.cells, width, plan.name, plan.startRow, 1, textCellsOf(plan)),
      columnFormats: null,
    });
  }
  for (const header of plan.headerCells ?? [])
    steps.push({
      kind: "cells",
      sheet: plan.name,
      top: header.row,
      left: header.column,
      rows: 1,
      columns: 1,
      values: toCellInputs([[header.value]], 1, plan.name, header.row, header.column, () => false),
      columnFormats: null,
    });
  return steps;
}

function sheetFinishSteps({ plan, current }: SheetResolution): WriteStep[] {
  const sheet = plan.name;
  const steps: WriteStep[] = [];
  for (const format of plan.conditionalFormats)
    steps.push({ kind: "conditionalFormat", sheet, format });
  for (const row of plan.boldRows) steps.push({ kind: "boldRow", sheet, row });
  plan.columnWidths.forEach((characters, index) => {
    if (characters > 0) steps.push({ kind: "columnWidth", sheet, column: index + 1, characters });
  });
  if (plan.freezeRows > 0) steps.push({ kind: "freezeRows", sheet, rows: plan.freezeRows });
  const wrapped = plan.wrappedHeader;
  if (wrapped) {
    const width = Math.max(1, plan.columnWidths.length);
    steps.push({
      kind: "wrapHeader",
      sheet,
      address: rangeAddress(wrapped.row, 1, wrapped.row, width),
      row: wrapped.row,
      heightPoints: rowHeightForLines(wrapped.lines),
    });
  }
  if (plan.print) steps.push({ kind: "print", sheet, print: plan.print });
  for (const chart of plan.charts) steps.push({ kind: "chart", sheet, chart });
  // Only a sheet the review adds is hidden: Excel cannot undo a change of visibility, and an
  // existing sheet stays as the user set it.
  if (plan.visibility === "veryHidden" && current === null)
    steps.push({ kind: "hideSheet", sheet });
  return steps;
}

export function buildWriteProgram(
  plan: OutputPlan,
  existing: readonly ExistingSheet[]
): WriteProgram {
  const byKey = new Map(existing.map((sheet) => [sheetNameKey(sheet.name), sheet] as const));
  const missingSheets = [...new Set(plan.columnBlocks.map((block) => block.sheet))].filter(
    (name) => !byKey.has(sheetNameKey(name))
  );
  const sheets = plan.sheets.map((sheetPlan) => resolveSheet(sheetPlan, byKey));
  const takenNames: [string, string][] = [];
  for (const { plan: sheetPlan, current } of sheets) {
    const holder = byKey.get(sheetNameKey(sheetPlan.name));
    if (holder && holder !== current) takenNames.push([sheetPlan.name, holder.name]);
  }
  const activate = plan.activate;
  const activateKnown =
    activate === null ||
    byKey.has(sheetNameKey(activate)) ||
    plan.sheets.some((sheet) => sheetNameKey(sheet.name) === sheetNameKey(activate));
  if (!activateKnown && activate !== null) missingSheets.push(activate);

  const steps: WriteStep[] = [
    ...sheets.flatMap(sheetPrepareSteps),
    ...sheets.flatMap(sheetClearSteps),
    ...plan.columnBlocks.flatMap(blockClearSteps),
    ...plan.columnBlocks.flatMap(blockCellSteps),
    ...plan.sheets.flatMap(sheetCellSteps),
    ...plan.columnBlocks.flatMap((block) =>
      block.conditionalFormats.map((format): WriteStep => ({
        kind: "conditionalFormat",
        sheet: block.sheet,
        format,
      }))
    ),
    ...plan.columnBlocks.flatMap((block) =>
      blockLayoutSteps(block, byKey.get(sheetNameKey(block.sheet)))
    ),
    ...sheets.flatMap(sheetFinishSteps),
    ...(activate !== null ? [{ kind: "activate", sheet: activate } as const] : []),
  ];
  return { steps, missingSheets, takenNames };
}
