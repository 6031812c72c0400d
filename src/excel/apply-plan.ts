/**
 * Carries out an output plan on the open workbook in a fixed number of round trips:
 *
 * 1. check: every sheet the plan writes into still exists, and which owned sheets (found by
 *    their name in any language) and charts are there. A sheet renamed or deleted since the
 *    read stops the review here, before anything is written.
 * 2. write: the steps of the write program cut into WRITE_ROUND_TRIPS round trips (more only
 *    when the output outgrows them), each under the request budget, with Excel's recalculation
 *    suspended while it runs.
 *
 * The caller runs this inside `runInExcel(..., { oneUndoStep: true })` so that the whole review
 * is one undo step where the host supports it.
 */
import type { OutputPlan } from "../workbook/plan";
import { columnLetter } from "../workbook/plan-address";
import { queueChart } from "./chart";
import { pointsForCharacters } from "./column-width";
import { queuePrintSettings } from "./page-layout";
import { queueConditionalFormat } from "./conditional-format";
import {
  ExcelAdapterError,
  isPayloadTooLarge,
  sheetMissingMessage,
  sheetGoneWhileWriting,
  sheetNameTakenMessage,
  throwIfCancelled,
  translateOfficeError,
  writeInterruptedMessage,
} from "./errors";
import { nameMissingSheet } from "./missing-sheet";
import { MAX_CELLS_PER_RANGE, REQUEST_BYTE_BUDGET, WRITE_ROUND_TRIPS } from "./request-budget";
import { RoundTrips, type RoundTripProgress } from "./round-trips";
import { buildWriteProgram, type ExistingSheet, type WriteProgram } from "./write-program";
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
}

export interface ApplySummary {
  roundTrips: number;
  /** Cells given a value or a number format. */
  cellsWritten: number;
}

/** The check is the first round trip; any later one writes. */
const CHECK_ROUND_TRIPS = 1;

/** What stays the same for every write round trip of one apply. */
interface WriteSession {
  context: Excel.RequestContext;
  limits: WriteScheduleLimits;
  trips: RoundTrips<"apply">;
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: OutputPlan,
  options: ApplyOptions = {}
): Promise<ApplySummary> {
  const limits: WriteScheduleLimits = {
    maxRequestBytes: options.maxRequestBytes ?? REQUEST_BYTE_BUDGET,
    maxCellsPerRequest: options.maxCellsPerChunk ?? MAX_CELLS_PER_RANGE,
    roundTrips: options.writeRoundTrips ?? WRITE_ROUND_TRIPS,
  };
  // Cancelling is possible until writing starts; a started write finishes, never half-done.
  throwIfCancelled(options.signal);
  const trips = new RoundTrips(context, "apply", undefined, options.onProgress);
  const blockSheets = [...new Set(plan.columnBlocks.map((block) => block.sheet))];
  const existing = await loadExistingSheets(
    context,
    trips,
    CHECK_ROUND_TRIPS + limits.roundTrips,
    blockSheets
  );
  const program = buildWriteProgram(plan, existing);
  refuseIfNotWritable(program);
  throwIfCancelled(options.signal);

  const parts = scheduleWrites(wholePieces(program.steps), limits);
  const guarded = sheetsOf(program.steps.map((step) => ({ step, rowFrom: 0, rowTo: 1 })));
  const session: WriteSession = { context, limits, trips };
  let cellsWritten = 0;
  // One sync per scheduled round trip (a handful), never one per row or per step.
  for (const [index, part] of parts.entries()) {
    const expected = trips.done + parts.length - index;
    await writePartWithRetry(session, part, expected, index === 0 ? guarded : []);
    cellsWritten += countCells(part);
  }
  return { roundTrips: trips.done, cellsWritten };
}

/**
 * Round trip 1: the sheets as they are now, with their charts, and whether the sheets the
 * column blocks go on have frozen panes (ours are frozen only where they have none). Reads only.
 */
async function loadExistingSheets(
  context: Excel.RequestContext,
  trips: RoundTrips<"apply">,
  expected: number,
  blockSheets: readonly string[]
): Promise<ExistingSheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load({ name: true, charts: { name: true } });
  const panes = blockSheets.map((name) => {
    const location = worksheets.getItemOrNullObject(name).freezePanes.getLocationOrNullObject();
    location.load("address");
    return { name: name.toLowerCase(), location };
  });
  await trips.sync(expected);
  const frozen = new Map(panes.map(({ name, location }) => [name, !location.isNullObject]));
  return worksheets.items.map((sheet) => {
    const isFrozen = frozen.get(sheet.name.toLowerCase());
    return {
      name: sheet.name,
      charts: sheet.charts.items.map((chart) => chart.name),
      ...(isFrozen === undefined ? {} : { frozen: isFrozen }),
    };
  });
}

function refuseIfNotWritable(program: WriteProgram): void {
  const missing = program.missingSheets[0];
  if (missing !== undefined) {
    throw new ExcelAdapterError("SHEET_MISSING", sheetMissingMessage(missing), {
      retryable: true,
      sheet: missing,
    });
  }
  const taken = program.takenNames[0];
  if (taken !== undefined) {
    throw new ExcelAdapterError("SHEET_NAME_TAKEN", sheetNameTakenMessage(taken[0]), {
      sheet: taken[0],
    });
  }
}

function countCells(part: readonly StepPiece[]): number {
  return part.reduce(
    (sum, piece) =>
      sum + (piece.step.kind === "cells" ? piece.step.columns * (piece.rowTo - piece.rowFrom) : 0),
    0
  );
}

/**
 * One write round trip; refused as too large, it is retried once cut in two. An error after an
 * earlier write round trip succeeded means the output is half-written: the message says so.
 */
async function writePartWithRetry(
  session: WriteSession,
  part: readonly StepPiece[],
  expected: number,
  guarded: readonly string[]
): Promise<void> {
  try {
    await writeOnceOrInHalves(session, part, expected, guarded);
  } catch (error) {
    const adapterError = await nameMissingSheet(
      session.context,
      [...guarded, ...sheetsOf(part)],
      translateOfficeError(error, { sheet: firstSheetOf(part) })
    );
    const somethingWritten = session.trips.done > CHECK_ROUND_TRIPS;
    if (!somethingWritten) throw adapterError;
    throw new ExcelAdapterError(
      "WRITE_INTERRUPTED",
      writeInterruptedMessage(interruptionReason(adapterError)),
      {
        sheet: adapterError.sheet,
        cause: error,
      }
    );
  }
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

async function writeOnceOrInHalves(
  session: WriteSession,
  part: readonly StepPiece[],
  expected: number,
  guarded: readonly string[]
): Promise<void> {
  try {
    await writePart(session, part, expected, guarded);
    return;
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
  }
  const halves = splitInTwo(part, session.limits);
  for (const [index, half] of halves.entries()) {
    await writePart(session, half, expected + 1, index === 0 ? guarded : []);
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
async function writePart(
  { context, trips }: WriteSession,
  part: readonly StepPiece[],
  expected: number,
  guarded: readonly string[]
): Promise<void> {
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
  for (const piece of part) queuePiece(worksheets, sheetNamed, sheets, piece);
  await trips.sync(expected, firstSheetOf(part));
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
