/**
 * The Aging History sheet → the snapshots of earlier reviews (issue 10). Columns are read BY
 * POSITION (see `plan-aging-history.ts`), never by their headers, which are in the language of
 * the last review. Only a sheet proven ours is read (the output map names it and A1 holds our
 * title: `owned-output.ts`). A row that cannot be read is reported (sheet, row, column) and kept
 * as it is, to be written back unchanged; it never becomes a wrong number in the history.
 */
import type { Snapshot, SnapshotRow } from "../engine/history/snapshot";
import type { Grade, Minor, Problem, SerialDate, Status } from "../engine/types";
import { parseDateCell } from "./parse-date";
import { parseIdCell } from "./parse-id";
import { parseCountCell, parseNonNegativeCell, parseNumberCell } from "./parse-number";
import type { ParseIssue, Parsed } from "./parsed";
import { cellText, isBlankCell, parseFailure, parsedValue } from "./parsed";
import type { PlanValue } from "./plan";
import {
  AGING_HISTORY_COLUMNS,
  type AgingHistoryColumn,
  EDGE_SEPARATOR,
  FIRST_DATA_ROW,
  HEADER_ROW,
} from "./plan-aging-history";
import { minorUnitsWithinRange } from "./plan-values";
import type { RawCell, RawSheet } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES, cellProblem } from "./read-problem";
import type { Grid } from "./sheet-grid";
import { gridOf, headerText } from "./sheet-grid";
import { normaliseCellText } from "./text-normalise";

export interface AgingHistoryRead {
  /** Oldest first, one per review date. */
  snapshots: Snapshot[];
  /** Rows that could not be read, as they were, to be written back unchanged. */
  kept: PlanValue[][];
  problems: Problem[];
}

const GRADES: readonly Grade[] = ["A", "B", "C", "D"];
const STATUSES: readonly Status[] = ["OK", "REDUCE", "SUSPEND"];
/** The `consequence` of a problem that keeps a row out of the history. */
const HISTORY_ROW_KEPT = "historyRowKept";

const FIXED_COLUMNS = AGING_HISTORY_COLUMNS.length;

/** The worksheet column of each fixed column, looked up once rather than per cell. */
const COLUMN_NUMBER = Object.fromEntries(
  AGING_HISTORY_COLUMNS.map((column, index) => [column, index + 1])
) as Record<AgingHistoryColumn, number>;

function columnOf(column: AgingHistoryColumn): number {
  return COLUMN_NUMBER[column];
}

/** What a cell held, as a value the plan can write again (an error value as its text). */
function asPlanValue(cell: RawCell | undefined): PlanValue {
  if (cell === undefined) return null;
  return isRawError(cell) ? cell.error : cell;
}

/**
 * A parser of one code column (grade, status). The codes as the plan writes them are answered
 * from results made once, as every row of the sheet holds one; other text is normalised first.
 */
function codeParser<T extends string>(
  allowed: readonly T[],
  variant: string
): (cell: RawCell) => Parsed<T> {
  const exact = new Map<RawCell, Parsed<T>>(allowed.map((code) => [code, parsedValue(code)]));
  return (cell) => {
    const known = exact.get(cell);
    if (known !== undefined) return known;
    const text = typeof cell === "string" ? normaliseCellText(cell).toUpperCase() : "";
    return exact.get(text) ?? parseFailure(READ_CODES.logRow, { variant });
  };
}

/** "0,30,60,90,180" → [0, 30, 60, 90, 180]: whole days ≥ 0, strictly rising. */
function parseEdges(cell: RawCell): Parsed<number[]> {
  const failure = parseFailure<number[]>(READ_CODES.logRow, {
    variant: "historyEdges",
  });
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell : null;
  if (text === null) return failure;
  const edges: number[] = [];
  for (const part of text.split(EDGE_SEPARATOR)) {
    const parsed = parseCountCell(part.trim());
    if (!parsed.ok) return failure;
    if (edges.length > 0 && parsed.value <= edges[edges.length - 1]) return failure;
    edges.push(parsed.value);
  }
  return parsedValue(edges);
}

interface ReadRow {
  asOf: SerialDate;
  edges: number[];
  dso: number | null;
  dsoCountback: number | null;
  row: SnapshotRow;
}

function rowIsBlank(grid: Grid, row: number): boolean {
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++)
    if (!isBlankCell(grid.value(row, column))) return false;
  return true;
}

function rowValues(grid: Grid, row: number): PlanValue[] {
  const values: PlanValue[] = [];
  for (let column = 1; column <= grid.lastColumn; column++)
    values.push(asPlanValue(grid.value(row, column)));
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}

/** The parsers of the fixed columns, made once (a sheet holds years of rows). */
const parseGrade = codeParser(GRADES, "historyGrade");
const parseStatus = codeParser(STATUSES, "historyStatus");
const TOO_LARGE: ParseIssue = { code: READ_CODES.numberTooLarge };

const MISSING: ParseIssue = {
  code: READ_CODES.missingValue,
  params: { variant: "logField" },
};

/** The column's header as the sheet shows it (in the language it was written), if it has one. */
function shownHeader(grid: Grid, column: number): string | null {
  return headerText(grid.value(HEADER_ROW, column)) || null;
}

/** Reads the rows of one sheet; one instance per sheet, so no function is made per row. */
class RowReader {
  private row = 0;
  private usable = true;
  /** Edges texts parsed once each: every row of a review repeats the same text. */
  private readonly edgesByText = new Map<string, Parsed<number[]>>();
  private lastDate: { cell: RawCell; parsed: Parsed<SerialDate> } | null = null;
  /** "bucket 1", "bucket 2"...: made once, not per cell. */
  private readonly bucketHeaders: string[] = [];
  private readonly parseReviewDate: (cell: RawCell) => Parsed<SerialDate>;

  constructor(
    private readonly grid: Grid,
    private readonly minorPerUnit: number,
    date1904: boolean,
    private readonly problems: Problem[]
  ) {
    // A 1904-system workbook stores each date 1,462 lower: read back as the day it shows.
    const context = { date1904, dayOrder: null } as const;
    this.parseReviewDate = (cell) => parseDateCell(cell, context);
  }

  private report(column: number, key: string, cell: RawCell, issue: ParseIssue): void {
    this.usable = false;
    const header = shownHeader(this.grid, column) ?? key;
    this.problems.push(
      cellProblem(this.grid.sheet.name, this.row, column, header, cellText(cell), issue.code, {
        ...issue.params,
        consequence: HISTORY_ROW_KEPT,
      })
    );
  }

  private at<T>(
    column: number,
    header: string,
    parse: (cell: RawCell) => Parsed<T>,
    optional: boolean
  ): T | null {
    const cell = this.grid.value(this.row, column);
    if (isBlankCell(cell)) {
      if (!optional) this.report(column, header, cell, MISSING);
      return null;
    }
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    this.report(column, header, cell, parsed);
    return null;
  }

  private field<T>(
    column: AgingHistoryColumn,
    parse: (cell: RawCell) => Parsed<T>,
    optional = false
  ): T | null {
    return this.at(COLUMN_NUMBER[column], column, parse, optional);
  }

  /**
   * A number column: a finite number (≥ 0 where `nonNegative`) is the plan's own value and is
   * used as it is; anything else goes through the parser, which names what is wrong with it.
   */
  private amount(
    column: number,
    header: string,
    nonNegative: boolean,
    optional: boolean
  ): number | null {
    const cell = this.grid.value(this.row, column);
    if (typeof cell === "number" && Number.isFinite(cell) && (!nonNegative || cell >= 0))
      return cell;
    const parse = nonNegative ? parseNonNegativeCell : parseNumberCell;
    return this.at(column, header, parse, optional);
  }

  /** A money column in currency units, as minor units; one too large for them is reported here. */
  private money(column: number, header: string, nonNegative: boolean): Minor | null {
    const units = this.amount(column, header, nonNegative, false);
    if (units === null) return null;
    const amount = minorUnitsWithinRange(units, this.minorPerUnit);
    if (amount === null) this.report(column, header, this.grid.value(this.row, column), TOO_LARGE);
    return amount;
  }

  private bucketHeader(index: number): string {
    return (this.bucketHeaders[index] ??= `bucket ${index + 1}`);
  }

  /** Every row of a review repeats its date: the last date cell's result is reused. */
  private reviewDate(): SerialDate | null {
    const column = COLUMN_NUMBER.reviewDate;
    const cell = this.grid.value(this.row, column);
    if (this.lastDate === null || this.lastDate.cell !== cell) {
      if (isBlankCell(cell)) return this.at(column, "reviewDate", this.parseReviewDate, false);
      this.lastDate = { cell, parsed: this.parseReviewDate(cell) };
    }
    const { parsed } = this.lastDate;
    if (parsed.ok) return parsed.value;
    this.report(column, "reviewDate", cell, parsed);
    return null;
  }

  private edges(): number[] | null {
    const cell = this.grid.value(this.row, COLUMN_NUMBER.edges);
    if (typeof cell !== "string") return this.field("edges", parseEdges);
    let parsed = this.edgesByText.get(cell);
    if (parsed === undefined) {
      parsed = parseEdges(cell);
      this.edgesByText.set(cell, parsed);
    }
    if (parsed.ok) return parsed.value;
    this.report(COLUMN_NUMBER.edges, "edges", cell, parsed);
    return null;
  }

  read(row: number): ReadRow | null {
    this.row = row;
    this.usable = true;
    const asOf = this.reviewDate();
    const customerId = this.at(COLUMN_NUMBER.customerId, "customerId", parseIdCell, false);
    const grade = this.at(COLUMN_NUMBER.grade, "grade", parseGrade, true);
    const score = this.amount(COLUMN_NUMBER.score, "score", false, true);
    const limit = this.money(COLUMN_NUMBER.creditLimit, "creditLimit", false);
    const status = this.at(COLUMN_NUMBER.statusCode, "statusCode", parseStatus, true);
    const dead = this.money(COLUMN_NUMBER.dead, "dead", true);
    const dso = this.amount(COLUMN_NUMBER.dso, "dso", false, true);
    const dsoCountback = this.amount(COLUMN_NUMBER.dsoCountback, "dsoCountback", false, true);
    const edges = this.edges();
    const buckets: Minor[] = [];
    if (edges !== null) {
      for (let b = 0; b <= edges.length; b++) {
        const amount = this.money(FIXED_COLUMNS + 1 + b, this.bucketHeader(b), true);
        if (amount !== null) buckets.push(amount);
      }
    }
    if (!this.usable || asOf === null || customerId === null || limit === null) return null;
    if (dead === null || edges === null) return null;
    return {
      asOf,
      edges,
      dso,
      dsoCountback,
      row: {
        customerId,
        buckets,
        dead,
        grade,
        score,
        limit,
        status,
      },
    };
  }
}

/** A readable row that cannot join its review (other edges, a customer twice): named, kept. */
function refuseRow(
  grid: Grid,
  row: number,
  column: "edges" | "customerId",
  variant: "historyEdgesDiffer" | "historyDuplicate",
  firstRow: number,
  problems: Problem[]
): void {
  const cell = grid.value(row, columnOf(column));
  const header = shownHeader(grid, columnOf(column)) ?? column;
  problems.push(
    cellProblem(grid.sheet.name, row, columnOf(column), header, cellText(cell), READ_CODES.logRow, {
      variant,
      firstRow,
      consequence: HISTORY_ROW_KEPT,
    })
  );
}

function sameEdges(a: number[], b: number[]): boolean {
  // Rows of one review share the edges parsed once from their common text.
  if (a === b) return true;
  return a.length === b.length && a.every((edge, i) => edge === b[i]);
}

/**
 * `minorPerUnit`: the policy's, as the sheet's amounts were written in currency units;
 * `date1904`: the workbook's date system, in which the review dates were written.
 */
export function readAgingHistory(
  sheet: RawSheet,
  minorPerUnit: number,
  date1904: boolean
): AgingHistoryRead {
  const grid = gridOf(sheet);
  const problems: Problem[] = [];
  const kept: PlanValue[][] = [];
  const reader = new RowReader(grid, minorPerUnit, date1904, problems);
  const byDate = new Map<
    SerialDate,
    { snapshot: Snapshot; firstRow: number; rowOf: Map<string, number> }
  >();
  for (let row = Math.max(FIRST_DATA_ROW, grid.firstRow); row <= grid.lastRow; row++) {
    if (rowIsBlank(grid, row)) continue;
    const read = reader.read(row);
    if (read === null) {
      kept.push(rowValues(grid, row));
      continue;
    }
    let entry = byDate.get(read.asOf);
    if (entry === undefined) {
      entry = {
        snapshot: {
          asOf: read.asOf,
          edges: read.edges,
          dso: read.dso,
          dsoCountback: read.dsoCountback,
          rows: [],
        },
        firstRow: row,
        rowOf: new Map(),
      };
      byDate.set(read.asOf, entry);
    }
    if (!sameEdges(entry.snapshot.edges, read.edges)) {
      refuseRow(grid, row, "edges", "historyEdgesDiffer", entry.firstRow, problems);
      kept.push(rowValues(grid, row));
      continue;
    }
    const earlier = entry.rowOf.get(read.row.customerId);
    if (earlier !== undefined) {
      refuseRow(grid, row, "customerId", "historyDuplicate", earlier, problems);
      kept.push(rowValues(grid, row));
      continue;
    }
    entry.rowOf.set(read.row.customerId, row);
    entry.snapshot.rows.push(read.row);
  }
  const snapshots = [...byDate.values()]
    .map((entry) => entry.snapshot)
    .sort((a, b) => a.asOf - b.asOf);
  return { snapshots, kept, problems };
}
