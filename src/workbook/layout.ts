/**
 * Where things are in the user's workbook: found by the reader, used by the output plan to
 * write next to the user's tables without touching a cell the user owns.
 */
import type { Grade, ReasonCode, SerialDate, Status } from "../engine/types";
import type { CustomerField, OrderField, ReceivableField, SheetRole } from "./fields";
import type { RowGuard, SheetPlan } from "./plan";
import type { LoggedExplanation } from "./logged-explanation";
import type { RawMerge } from "./raw";

export interface OwnedBlock {
  /** First worksheet column (1-based) of the output columns a previous review wrote. */
  firstColumn: number;
  /** Output column keys in the order they were written. */
  keys: string[];
  /** Last worksheet row the previous review wrote. */
  lastRow: number;
  /**
   * One digest per key of the values written below the header (`column-digest.ts`); absent in a
   * map written before digests were kept (its columns are then taken as written, as then).
   */
  digests?: string[];
  /**
   * Per key: does its column still hold exactly what was written, by the digest? A row deleted
   * from the table moves the user's cells below the block up into the recorded rows: the rows
   * the block no longer covers are cleared only in columns that still hold what was written.
   * Absent: every column does (as when no digest is kept).
   */
  heldAsWritten?: boolean[];
}

export interface TableLayout<Field extends string = string> {
  role: SheetRole;
  sheet: string;
  /** 1-based worksheet row of the header row (a title may sit above it). */
  headerRow: number;
  /** 1-based first and last worksheet columns of the user's own table (owned output excluded). */
  firstColumn: number;
  lastUserColumn: number;
  /** Last worksheet row holding data (formatted empty rows below are not data). */
  lastDataRow: number;
  /** Field → 1-based worksheet column, for the fields found. */
  columns: Partial<Record<Field, number>>;
  /** The output block of an earlier review, proven ours and whole; null otherwise. */
  ownedBlock: OwnedBlock | null;
  /**
   * Rightmost column holding anything in the table's rows (header to last data row), proven
   * output excluded: a new block starts right of it, so it never lands on a cell of the user.
   * Absent: `lastUserColumn`.
   */
  lastUsedColumn?: number;
  /** Cells proven ours of an earlier block the user broke up (A1 ranges): cleared, never reused. */
  strayOwnedRanges?: string[];
  /** The user's merged ranges on the sheet: a block never starts in or overlaps one. */
  merges?: readonly RawMerge[];
  /** The id column as read, one value per data row: the live applier checks nothing moved. */
  rowGuard?: RowGuard;
  /** Header rows of the Excel Tables on the sheet (A1 ranges). */
  excelTableHeaders?: string[];
}

export interface WorkbookLayout {
  customers: TableLayout<CustomerField>;
  receivables: TableLayout<ReceivableField>;
  orders: TableLayout<OrderField> | null;
  /** Sheets the add-in owns that already exist, by key, with the name they carry now. */
  ownedSheets: Partial<Record<SheetPlan["key"], OwnedSheetUse>>;
}

/** An owned sheet as found: its rows in use, and which cells of its row 1 hold something. */
export interface OwnedSheetUse {
  name: string;
  usedRows: number;
  /** Columns (1-based) of row 1 that are not blank; an appended log adds headers only elsewhere. */
  filledHeaderColumns?: readonly number[];
}

/** One row of the Credit Log: one customer at one review. */
export interface LogEntry {
  reviewDate: SerialDate;
  policyVersion: string;
  customerId: string;
  customerName: string;
  score: number | null;
  grade: Grade | null;
  /** Currency units, as written in the log. */
  creditLimit: number;
  termsDays: number;
  status: Status;
  reasons: ReasonCode[];
  /** Absent in rows written before the log recorded it. */
  explanation?: LoggedExplanation;
}
