/**
 * Cuts a write program into round trips. Pure.
 *
 * Rule: with B the estimated bytes of all steps, the program is cut into
 * max(roundTrips, ⌈B / (budget × PLANNED_FILL)⌉) round trips of about equal bytes; cells steps
 * are cut between rows, other steps are never cut. Order is kept, so a sheet is added before its
 * cells are written and a range is cleared before it is written again.
 */
import { PLANNED_FILL } from "./request-budget";
import { jsonBytes } from "./utf8";
import type { CellsStep, WriteStep } from "./write-program";

/** Rows `rowFrom .. rowTo - 1` of a cells step; a step of any other kind is one row 0..1. */
export interface StepPiece {
  step: WriteStep;
  rowFrom: number;
  rowTo: number;
}

export interface WriteScheduleLimits {
  maxRequestBytes: number;
  maxCellsPerRequest: number;
  /** Round trips made at least, whatever the size. */
  roundTrips: number;
}

/** Bytes of the request around each queued call (object paths and ids), estimated generously. */
export const BYTES_PER_CALL = 300;

const rowBytesCache = new WeakMap<CellsStep, number[]>();

function cellsRowBytes(step: CellsStep): number[] {
  const cached = rowBytesCache.get(step);
  if (cached) return cached;
  const formatBytes = step.columnFormats ? jsonBytes(step.columnFormats) + 1 : 0;
  const rows: number[] = new Array<number>(step.rows);
  for (let row = 0; row < step.rows; row++) {
    rows[row] = formatBytes + (step.values ? jsonBytes(step.values[row]) + 1 : 0);
  }
  rowBytesCache.set(step, rows);
  return rows;
}

/** Estimated bytes of one row of a piece's step (the whole step when it is not cells). */
function unitBytes(step: WriteStep, row: number): number {
  if (step.kind === "cells") return cellsRowBytes(step)[row];
  return jsonBytes(step) + BYTES_PER_CALL;
}

function unitCells(step: WriteStep): number {
  return step.kind === "cells" ? step.columns : 0;
}

export function wholePieces(steps: readonly WriteStep[]): StepPiece[] {
  return steps.map((step) => ({ step, rowFrom: 0, rowTo: step.kind === "cells" ? step.rows : 1 }));
}

export function pieceBytes(piece: StepPiece): number {
  let bytes = piece.step.kind === "cells" ? BYTES_PER_CALL : 0;
  for (let row = piece.rowFrom; row < piece.rowTo; row++) bytes += unitBytes(piece.step, row);
  return bytes;
}

export function scheduleWrites(
  pieces: readonly StepPiece[],
  limits: WriteScheduleLimits
): StepPiece[][] {
  const cap = limits.maxRequestBytes * PLANNED_FILL;
  let total = 0;
  let totalCells = 0;
  for (const piece of pieces) {
    total += pieceBytes(piece);
    totalCells += unitCells(piece.step) * (piece.rowTo - piece.rowFrom);
  }
  if (pieces.length === 0) return [];
  const roundTrips = Math.max(
    1,
    limits.roundTrips,
    Math.ceil(total / cap),
    Math.ceil(totalCells / limits.maxCellsPerRequest)
  );
  const target = total / roundTrips;

  const parts: StepPiece[][] = [];
  let part: StepPiece[] = [];
  let partBytes = 0;
  let partCells = 0;
  let done = 0;
  let boundary = target;
  /** Ends the current part before a unit whose middle lies at `middle`. */
  const close = (middle: number): void => {
    parts.push(part);
    part = [];
    partBytes = 0;
    partCells = 0;
    while (boundary < middle) boundary += target;
  };
  for (const piece of pieces) {
    for (let row = piece.rowFrom; row < piece.rowTo; row++) {
      const startsCells = piece.step.kind === "cells" && row === piece.rowFrom;
      const bytes = unitBytes(piece.step, row) + (startsCells ? BYTES_PER_CALL : 0);
      const cells = unitCells(piece.step);
      const overCap = partBytes + bytes > cap || partCells + cells > limits.maxCellsPerRequest;
      // Cut where the unit's middle crosses the next equal share.
      const middle = done + bytes / 2;
      if (part.length > 0 && (overCap || middle > boundary)) close(middle);
      const last = part[part.length - 1];
      if (last && last.step === piece.step && last.rowTo === row) last.rowTo = row + 1;
      else part.push({ step: piece.step, rowFrom: row, rowTo: row + 1 });
      partBytes += bytes;
      partCells += cells;
      done += bytes;
    }
  }
  if (part.length > 0) parts.push(part);
  return spreadToFloor(parts, limits.roundTrips);
}

function unitCount(part: readonly StepPiece[]): number {
  return part.reduce((sum, piece) => sum + piece.rowTo - piece.rowFrom, 0);
}

/** The first `units` units of a part, and the rest. */
function cutPart(part: readonly StepPiece[], units: number): [StepPiece[], StepPiece[]] {
  const head: StepPiece[] = [];
  const tail: StepPiece[] = [];
  let left = units;
  for (const piece of part) {
    const size = piece.rowTo - piece.rowFrom;
    if (left >= size) head.push(piece);
    else if (left <= 0) tail.push(piece);
    else {
      head.push({ ...piece, rowTo: piece.rowFrom + left });
      tail.push({ ...piece, rowFrom: piece.rowFrom + left });
    }
    left -= size;
  }
  return [head, tail];
}

/**
 * Equal byte shares give fewer parts than the fixed count when one unit outweighs the rest (the
 * request overhead of a tiny plan): the part with the most units is then halved until the count
 * is reached, so the count stays fixed whenever there are enough units to spread.
 */
function spreadToFloor(parts: StepPiece[][], floor: number): StepPiece[][] {
  const spread = [...parts];
  while (spread.length < floor) {
    let widest = -1;
    spread.forEach((part, index) => {
      if (unitCount(part) > 1 && (widest < 0 || unitCount(part) > unitCount(spread[widest])))
        widest = index;
    });
    if (widest < 0) break;
    const [head, tail] = cutPart(spread[widest], Math.floor(unitCount(spread[widest]) / 2));
    spread.splice(widest, 1, head, tail);
  }
  return spread;
}

/** A part refused as too large, cut in two halves for one retry. */
export function splitInTwo(part: readonly StepPiece[], limits: WriteScheduleLimits): StepPiece[][] {
  return scheduleWrites(part, {
    ...limits,
    roundTrips: 2,
    maxRequestBytes: limits.maxRequestBytes / 2,
  });
}
