/**
 * Carries out an output plan on the open workbook in as few round trips as its size needs:
 *
 * 1. check (reads only): the sheets as they are now, protection, and the id column of every
 *    planned row. A sheet renamed or deleted, a protected sheet, or rows that moved since the
 *    preview stop the review here, before anything is written.
 * 2. structure, only when needed: renames of owned sheets and a hidden sheet the review adds.
 *    Excel cannot undo those, so they run in their own `Excel.run`, outside the undo group.
 * 3. write: the steps of the write program cut into as many round trips as their size needs
 *    (one for a small review), each under the request budget, with
 *    recalculation suspended, in one `Excel.run` that is one undo step where the host can merge.
 *
 * Given one request context instead of `Excel.run` (tests, office-addin-mock), every step runs
 * in that context.
 */
import type { OutputPlan } from "../workbook/plan";
import { columnLetter } from "../workbook/plan-address";
import { queueCheck, refusalOf } from "./apply-check";
import { type ExcelApiSupport, officeSupports } from "./capabilities";
import { queueChart } from "./chart";
import { pointsForCharacters } from "./column-width";
import { queuePrintSettings } from "./page-layout";
import { queueConditionalFormat } from "./conditional-format";
import {
  ExcelAdapterError,
  creditLogRecovery,
  isPayloadTooLarge,
  sheetGoneWhileWriting,
  throwIfCancelled,
  translateOfficeError,
  writeInterruptedMessage,
} from "./errors";
import { nameMissingSheet } from "./missing-sheet";
import { MAX_CELLS_PER_RANGE, REQUEST_BYTE_BUDGET, WRITE_ROUND_TRIPS } from "./request-budget";
import { RoundTrips, type RoundTripProgress } from "./round-trips";
import { type ExcelRun, excelRunOptions } from "./run";
import {
  type StructureStep,
  afterStructure,
  structureSteps,
  withStructureNames,
} from "./sheet-structure";
import { buildWriteProgram } from "./write-program";
import {
  type StepPiece,
  type WriteScheduleLimits,
  scheduleWrites,
  splitInTwo,
  wholePieces,
} from "./write-schedule";

export interface ApplyOptions {
  /** At most this many bytes per round trip (default REQUEST_BYTE_BUDGET). */
  maxRequestBytes?: number;
  /** At most this many cells written per round trip. */
  maxCellsPerChunk?: number;
  /** Write round trips made at least (default WRITE_ROUND_TRIPS). */
  writeRoundTrips?: number;
  onProgress?: (progress: RoundTripProgress<"apply">) => void;
  signal?: AbortSignal;
  /** What the host supports (default: ask Office). */
  supports?: ExcelApiSupport;
}

export interface ApplySummary {
  roundTrips: number;
  /** Cells given a value or a number format. */
  cellsWritten: number;
  /** True when the write ran as one undo step (one Ctrl+Z undoes it). */
  oneUndoStep: boolean;
  /** True when sheets were renamed or a hidden sheet added: Excel cleared its earlier undo history. */
  undoHistoryCleared: boolean;
}

/** The check is the first round trip; any later one writes. */
const CHECK_ROUND_TRIPS = 1;

/** What stays the same for every write round trip of one apply. */
interface WriteSession {
  context: Excel.RequestContext;
  limits: WriteScheduleLimits;
  trips: RoundTrips<"apply">;
  plan: OutputPlan;
  /** Write round trips that went through. */
  tripsWritten: number;
}

/** A request context used for every step, as one `Excel.run` (no undo group, no delay). */
function runIn(context: Excel.RequestContext): ExcelRun {
  return (_options, batch) => batch(context);
}

export async function applyPlan(
  target: Excel.RequestContext | ExcelRun,
  plan: OutputPlan,
  options: ApplyOptions = {}
): Promise<ApplySummary> {
  const ownRuns = typeof target === "function";
  const run: ExcelRun = ownRuns ? target : runIn(target);
  const supports = options.supports ?? officeSupports;
  const limits: WriteScheduleLimits = {
    maxRequestBytes: options.maxRequestBytes ?? REQUEST_BYTE_BUDGET,
    maxCellsPerRequest: options.maxCellsPerChunk ?? MAX_CELLS_PER_RANGE,
    roundTrips: options.writeRoundTrips ?? WRITE_ROUND_TRIPS,
  };
  // Cancelling is possible until writing starts; a started write finishes, never half-done.
  throwIfCancelled(options.signal);
  const prepared = await run(excelRunOptions({ writes: true, supports }), (context) =>
    checkAndPrepare(context, plan, limits, options)
  );
  throwIfCancelled(options.signal);
  const writeRunOptions = excelRunOptions({ oneUndoStep: true, writes: true, supports });
  const cellsWritten = await run(writeRunOptions, (context) => {
    prepared.trips.continueIn(context);
    return writeProgram(context, plan, prepared, limits);
  });
  return {
    roundTrips: prepared.trips.done,
    cellsWritten,
    oneUndoStep: ownRuns && writeRunOptions.mergeUndoGroup === true,
    undoHistoryCleared: prepared.structureChanged,
  };
}

/**
 * One write round trip's work: its pieces, the round-trip count progress expects once it is done,
 * and the sheets it looks up before writing (only the first round trip guards any).
 */
interface TripWork {
  pieces: readonly StepPiece[];
  expectedTrips: number;
  guarded: readonly string[];
}

interface PreparedApply {
  trips: RoundTrips<"apply">;
  /** The write steps left once the structure is in place, cut into round trips. */
  parts: StepPiece[][];
  /** Sheets the first write round trip looks up before it writes. */
  guarded: string[];
  structureChanged: boolean;
}

/** Round trip 1 (the check) and, when needed, the structure round trip. */
async function checkAndPrepare(
  context: Excel.RequestContext,
  plan: OutputPlan,
  limits: WriteScheduleLimits,
  options: ApplyOptions
): Promise<PreparedApply> {
  const trips = new RoundTrips(context, "apply", undefined, options.onProgress);
  const readCheck = queueCheck(context, plan);
  await trips.sync(CHECK_ROUND_TRIPS + 1);
  const checked = readCheck();
  const first = buildWriteProgram(plan, checked.existing);
  const refusal = refusalOf(checked, first);
  if (refusal) throw refusal;
  throwIfCancelled(options.signal);

  const structure = structureSteps(first.steps);
  if (structure.length > 0) {
    queueStructure(context, structure);
    await trips.sync(trips.done + 2);
  }
  const existing = afterStructure(checked.existing, structure);
  const program =
    structure.length > 0 ? buildWriteProgram(withStructureNames(plan, structure), existing) : first;
  const parts = scheduleWrites(wholePieces(program.steps), limits);
  const guarded = sheetsOf(program.steps.map((step) => ({ step, rowFrom: 0, rowTo: 1 })));
  return { trips, parts, guarded, structureChanged: structure.length > 0 };
}

function queueStructure(context: Excel.RequestContext, steps: readonly StructureStep[]): void {
  const worksheets = context.workbook.worksheets;
  const added = new Map<string, Excel.Worksheet>();
  for (const step of steps) {
    if (step.kind === "addSheet") added.set(step.sheet, worksheets.add(step.sheet));
    else if (step.kind === "renameSheet") worksheets.getItem(step.from).name = step.to;
    else (added.get(step.sheet) ?? worksheets.getItem(step.sheet)).visibility = "VeryHidden";
  }
}

/** The write round trips, in the write run's context; returns the cells written. */
async function writeProgram(
  context: Excel.RequestContext,
  plan: OutputPlan,
  prepared: PreparedApply,
  limits: WriteScheduleLimits
): Promise<number> {
  const session: WriteSession = { context, limits, trips: prepared.trips, plan, tripsWritten: 0 };
  let cellsWritten = 0;
  // One sync per scheduled round trip (a handful), never one per row or per step.
  for (const [index, part] of prepared.parts.entries()) {
    await writePartWithRetry(session, {
      pieces: part,
      expectedTrips: prepared.trips.done + prepared.parts.length - index,
      guarded: index === 0 ? prepared.guarded : [],
    });
    cellsWritten += countCells(part);
  }
  return cellsWritten;
}

function countCells(part: readonly StepPiece[]): number {
  return part.reduce(
    (sum, piece) =>
      sum + (piece.step.kind === "cells" ? piece.step.columns * (piece.rowTo - piece.rowFrom) : 0),
    0
  );
}

/**
 * One write round trip; refused as too large, it is retried cut in two. Office runs a batch in
 * order and stops at the first failure, so a failure may leave the calls before it done: every
 * failure is reported as possibly partial, except those that change nothing (a sheet gone
 * before the first write, a cell being edited, a request refused whole for its size).
 */
async function writePartWithRetry(session: WriteSession, work: TripWork): Promise<void> {
  try {
    await writeOnceOrInHalves(session, work);
  } catch (error) {
    const adapterError = await nameMissingSheet(
      session.context,
      [...work.guarded, ...sheetsOf(work.pieces)],
      translateOfficeError(error, { sheet: firstSheetOf(work.pieces) })
    );
    if (session.tripsWritten === 0 && changedNothing(adapterError)) throw adapterError;
    throw new ExcelAdapterError(
      "WRITE_INTERRUPTED",
      writeInterruptedMessage(interruptionReason(adapterError), recoveryNote(session.plan)),
      { sheet: adapterError.sheet, cause: error }
    );
  }
}

function changedNothing(error: ExcelAdapterError): boolean {
  return (
    error.code === "SHEET_MISSING" ||
    error.code === "CELL_EDIT_MODE" ||
    error.code === "REQUEST_TOO_LARGE" ||
    error.code === "CANCELLED"
  );
}

/** Where the earlier reviews are kept, to put limits and terms back by hand. */
function recoveryNote(plan: OutputPlan): string {
  const log = plan.sheets.find((sheet) => sheet.key === "creditLog");
  if (!log) return "";
  return creditLogRecovery(log.name, log.mode === "append" ? log.startRow - 1 : 1);
}

/** The sheets a part needs to exist before it runs: not those it adds or renames into being. */
function sheetsOf(part: readonly StepPiece[]): string[] {
  const created = new Set(
    part.flatMap(({ step }) =>
      step.kind === "addSheet" ? [step.sheet] : step.kind === "renameSheet" ? [step.to] : []
    )
  );
  const names = part.map(({ step }) => (step.kind === "renameSheet" ? step.from : step.sheet));
  return [...new Set(names)].filter((name) => !created.has(name));
}

/** Why writing stopped, in words that fit "stopped part-way" (a missing sheet's own message says nothing was written). */
function interruptionReason(error: ExcelAdapterError): string {
  return error.code === "SHEET_MISSING" && error.sheet !== null
    ? sheetGoneWhileWriting(error.sheet)
    : error.message;
}

/** A part refused as too large is cut in two, and each half again, until it cannot be cut. */
async function writeOnceOrInHalves(session: WriteSession, work: TripWork): Promise<void> {
  try {
    await writePart(session, work);
    return;
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    const halves = splitInTwo(work.pieces, session.limits);
    if (halves.length < 2) throw error;
    for (const [index, half] of halves.entries()) {
      await writeOnceOrInHalves(session, {
        pieces: half,
        expectedTrips: work.expectedTrips + 1,
        guarded: index === 0 ? work.guarded : [],
      });
    }
  }
}

function firstSheetOf(part: readonly StepPiece[]): string | undefined {
  const step = part[0]?.step;
  if (!step) return undefined;
  return step.kind === "renameSheet" ? step.from : step.sheet;
}

/**
 * One write round trip. `guarded` sheets are looked up before any write is queued: Office runs
 * a batch in order and stops at the first failure, so a sheet deleted since the check fails the
 * round trip before it has changed anything.
 */
async function writePart(session: WriteSession, work: TripWork): Promise<void> {
  const { context, trips } = session;
  const { pieces, guarded } = work;
  const worksheets = context.workbook.worksheets;
  for (const name of guarded) worksheets.getItem(name).load("name");
  context.application.suspendApiCalculationUntilNextSync();
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetNamed = (name: string): Excel.Worksheet => {
    let sheet = sheets.get(name);
    if (!sheet) {
      sheet = worksheets.getItem(name);
      sheets.set(name, sheet);
    }
    return sheet;
  };
  for (const piece of pieces) queuePiece(worksheets, sheetNamed, sheets, piece);
  await trips.sync(work.expectedTrips, firstSheetOf(pieces));
  session.tripsWritten += 1;
}

function repeatRow<T>(row: readonly T[], count: number): T[][] {
  return Array.from({ length: count }, () => row.slice());
}

function queuePiece(
  worksheets: Excel.WorksheetCollection,
  sheetNamed: (name: string) => Excel.Worksheet,
  sheets: Map<string, Excel.Worksheet>,
  piece: StepPiece
): void {
  const step = piece.step;
  switch (step.kind) {
    case "addSheet":
      sheets.set(step.sheet, worksheets.add(step.sheet));
      return;
    case "renameSheet":
      sheetNamed(step.from).name = step.to;
      sheets.delete(step.from);
      return;
    case "clearSheet": {
      const sheet = sheetNamed(step.sheet);
      sheet.getRange().conditionalFormats.clearAll();
      sheet.getRange().clear("All");
      sheet.freezePanes.unfreeze();
      return;
    }
    case "deleteChart":
      sheetNamed(step.sheet).charts.getItem(step.chart).delete();
      return;
    case "clearRange":
      sheetNamed(step.sheet).getRange(step.address).clear("All");
      return;
    case "clearConditionalFormats":
      sheetNamed(step.sheet).getRange(step.address).conditionalFormats.clearAll();
      return;
    case "cells": {
      const rows = piece.rowTo - piece.rowFrom;
      const range = sheetNamed(step.sheet).getRangeByIndexes(
        step.top - 1 + piece.rowFrom,
        step.left - 1,
        rows,
        step.columns
      );
      // Formats first: a cell formatted as text before its value is set keeps the value as text.
      if (step.columnFormats) range.numberFormat = repeatRow(step.columnFormats, rows);
      if (step.values) range.values = step.values.slice(piece.rowFrom, piece.rowTo);
      return;
    }
    case "conditionalFormat":
      queueConditionalFormat(sheetNamed(step.sheet).getRange(step.format.range), step.format);
      return;
    case "chart":
      queueChart(sheetNamed(step.sheet), step.chart);
      return;
    case "boldRow":
      sheetNamed(step.sheet).getRange(`${step.row}:${step.row}`).format.font.bold = true;
      return;
    case "columnWidth": {
      const letter = columnLetter(step.column);
      sheetNamed(step.sheet).getRange(`${letter}:${letter}`).format.columnWidth =
        pointsForCharacters(step.characters);
      return;
    }
    case "freezeRows":
      sheetNamed(step.sheet).freezePanes.freezeRows(step.rows);
      return;
    case "wrapHeader": {
      const sheet = sheetNamed(step.sheet);
      sheet.getRange(step.address).format.wrapText = true;
      const row = sheet.getRange(`${step.row}:${step.row}`).format;
      // A user's header row keeps every line of its own cells: Excel fits it to them all.
      if (step.heightPoints === null) row.autofitRows();
      else row.rowHeight = step.heightPoints;
      return;
    }
    case "print":
      queuePrintSettings(sheetNamed(step.sheet), step.print);
      return;
    case "hideSheet":
      sheetNamed(step.sheet).visibility = "VeryHidden";
      return;
    case "activate":
      sheetNamed(step.sheet).activate();
      return;
  }
}
