import fc from "fast-check";
import { PLANNED_FILL } from "../../src/excel/request-budget";
import type { CellsStep, WriteStep } from "../../src/excel/write-program";
import {
  type StepPiece,
  pieceBytes,
  scheduleWrites,
  splitInTwo,
  wholePieces,
} from "../../src/excel/write-schedule";

function cells(rows: number, text = "abcdefgh"): CellsStep {
  return {
    kind: "cells",
    sheet: "S",
    top: 2,
    left: 1,
    rows,
    columns: 2,
    values: Array.from({ length: rows }, (_, row) => [row, text]),
    columnFormats: ["0", "@"],
  };
}

const LIMITS = { maxRequestBytes: 100_000, maxCellsPerRequest: 1_000_000, roundTrips: 3 };

/** Every (step, row) in the order the parts carry them. */
function unitsOf(parts: StepPiece[][]): [WriteStep, number][] {
  return parts
    .flat()
    .flatMap((piece) =>
      Array.from({ length: piece.rowTo - piece.rowFrom }, (_, i): [WriteStep, number] => [
        piece.step,
        piece.rowFrom + i,
      ])
    );
}

describe("write schedule", () => {
  it("spreads a small program over the fixed round trips", () => {
    const steps: WriteStep[] = [
      { kind: "addSheet", sheet: "S" },
      cells(30),
      { kind: "activate", sheet: "S" },
    ];
    const parts = scheduleWrites(wholePieces(steps), LIMITS);
    expect(parts).toHaveLength(3);
    expect(parts[0][0].step.kind).toBe("addSheet");
    expect(parts[2][parts[2].length - 1].step.kind).toBe("activate");
  });

  it("adds round trips when the bytes need them", () => {
    // 10,000 rows of about 35 bytes ≈ 350 KB over 90 KB per round trip → 4 round trips, not 3.
    const parts = scheduleWrites(wholePieces([cells(10_000)]), LIMITS);
    const total = pieceBytes(wholePieces([cells(10_000)])[0]);
    expect(parts).toHaveLength(Math.ceil(total / (LIMITS.maxRequestBytes * PLANNED_FILL)));
    expect(parts.length).toBeGreaterThan(3);
  });

  it("cuts a refused part in two halves", () => {
    const [part] = scheduleWrites(wholePieces([cells(100)]), { ...LIMITS, roundTrips: 1 });
    const halves = splitInTwo(part, LIMITS);
    expect(halves).toHaveLength(2);
    expect(unitsOf(halves)).toEqual(unitsOf([part]));
    for (const half of halves) {
      expect(half.reduce((sum, piece) => sum + pieceBytes(piece), 0)).toBeLessThanOrEqual(
        (LIMITS.maxRequestBytes / 2) * PLANNED_FILL
      );
    }
  });

  it("keeps every row once and in order, in max(floor, needed) parts under the planned fill (property)", () => {
    const program = fc.array(
      fc.oneof(
        fc
          .record({ rows: fc.integer({ min: 1, max: 800 }), text: fc.string({ maxLength: 30 }) })
          .map(({ rows, text }): WriteStep => cells(rows, text)),
        fc.constantFrom<WriteStep>(
          { kind: "clearSheet", sheet: "S" },
          { kind: "boldRow", sheet: "S", row: 1 },
          { kind: "freezeRows", sheet: "S", rows: 1 }
        )
      ),
      { minLength: 1, maxLength: 12 }
    );
    fc.assert(
      fc.property(program, fc.integer({ min: 1, max: 5 }), (steps, floor) => {
        const limits = { ...LIMITS, roundTrips: floor };
        const pieces = wholePieces(steps);
        const parts = scheduleWrites(pieces, limits);
        const expected = pieces.flatMap((piece) =>
          Array.from({ length: piece.rowTo - piece.rowFrom }, (_, i): [WriteStep, number] => [
            piece.step,
            i,
          ])
        );
        expect(unitsOf(parts)).toEqual(expected);
        const cap = limits.maxRequestBytes * PLANNED_FILL;
        for (const part of parts)
          expect(part.reduce((sum, piece) => sum + pieceBytes(piece), 0)).toBeLessThanOrEqual(cap);
        const total = pieces.reduce((sum, piece) => sum + pieceBytes(piece), 0);
        const units = expected.length;
        expect(parts.length).toBeGreaterThanOrEqual(Math.min(floor, units));
        // At most one more than the equal shares need, for steps that cannot be cut.
        expect(parts.length).toBeLessThanOrEqual(Math.max(floor, Math.ceil(total / cap)) + 1);
      }),
      { numRuns: 40 }
    );
  });
});
