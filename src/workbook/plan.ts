/**
 * The output plan: everything a review writes, computed once without Excel and carried out by
 * two appliers (`src/excel/apply-plan.ts` for a live workbook, `src/file/` for an .xlsx), so
 * that the live workbook and the file get exactly the same result.
 *
 * Addresses are A1 strings without the sheet name (e.g. "B2:G40"); rows and columns are 1-based.
 */
import type { PlanNote } from "./plan-note";

/** A value to write. Strings are always literal text: appliers must never turn a string that
 * starts with `=`, `+`, `-` or `@` into a formula (BAD-INPUTS #21). */
export type PlanValue = string | number | boolean | null;

/** Owned output columns added to the right of a user's table. */
export interface ColumnBlockPlan {
  /** The user's sheet (customers or receivables). */
  sheet: string;
  role: "customers" | "receivables";
  /** Header row of the user's table. */
  headerRow: number;
  /** First column of the block: right after the user's last column, or where our block already is. */
  firstColumn: number;
  /** Stable keys of the columns (e.g. "score"), language independent. */
  keys: string[];
  /** Header texts in the chosen language. */
  headers: string[];
  /** One row per worksheet row from headerRow + 1 on; null where a row has no result. */
  rows: PlanValue[][];
  /** Excel number format per column (e.g. "#,##0.00", "0", "@", "yyyy-mm-dd"). */
  numberFormats: string[];
  /** Rows below the block's last row that an earlier review wrote and that must be cleared. */
  clearRowsBelow: number;
  /** Columns right of the block that an earlier, wider review wrote and that must be cleared
   * (from the header row to the block's old last row). Absent or 0: nothing to clear. */
  clearColumnsRight?: number;
  /** Cells proven written by an earlier review outside this block (a block the user broke up,
   * or one placed anew), as A1 ranges: cleared, with their conditional formats, before writing. */
  clearRanges?: string[];
  conditionalFormats: ConditionalFormatPlan[];
  /** Width of each column in characters, fitted to its header and values (`column-fit.ts`). */
  columnWidths?: number[];
  /** Lines the headers take: above 1, the header cells wrap and the header row is that tall. */
  headerLines?: number;
  /**
   * Freeze rows 1 to this one (the header stays in view while scrolling), but only where the
   * sheet has no frozen panes of its own: the sheet is the user's, and so is how it scrolls.
   * 0 or absent: nothing to freeze.
   */
  freezeRowsIfUnfrozen?: number;
  /**
   * The id column of the user's table as it was read, one value per data row (from headerRow + 1):
   * the live applier reads it again just before writing and refuses when anything moved (a sort,
   * rows inserted or deleted, a co-author's edit), so no result lands beside the wrong customer.
   */
  rowGuard?: RowGuard;
  /** Header rows of the Excel Tables on the sheet (A1 ranges): never cleared, or Excel renames them. */
  excelTableHeaders?: string[];
}

/** Values of one column as read: text, number or boolean; an error cell as its text; empty as null. */
export type RowGuardValue = string | number | boolean | null;

export interface RowGuard {
  /** 1-based worksheet column of the ids. */
  column: number;
  values: RowGuardValue[];
}

/** How an owned sheet prints. */
export interface PrintPlan {
  orientation: "landscape" | "portrait";
  /** Scaled to this many pages wide, as many pages tall as it takes. */
  fitToPagesWide: number;
  /** Rows repeated at the top of every printed page (the header rows), or null. */
  titleRows: { first: number; last: number } | null;
  /** Rows that start a new printed page (manual page breaks above them); absent: none. */
  pageBreaksBefore?: number[];
}

export type ConditionalFormatPlan =
  | {
      kind: "cellValue";
      range: string;
      operator: "greaterThan" | "lessThan" | "equal" | "between";
      /** Operands as numbers. */
      values: number[];
      fill: string;
      fontColor?: string;
    }
  | {
      kind: "textEquals";
      range: string;
      text: string;
      fill: string;
      fontColor?: string;
    }
  | {
      kind: "dataBar";
      range: string;
      color: string;
    }
  | {
      kind: "colorScale";
      range: string;
      /** Colours at the minimum, (optional) midpoint and maximum. */
      min: string;
      mid?: string;
      max: string;
    };

export interface ChartPlan {
  /** "stackedColumn": the series stacked in one column per category, with a legend. */
  kind: "column" | "stackedColumn";
  title: string;
  /** Category labels range and values range on the same sheet. */
  categoriesRange: string;
  valuesRange: string;
  seriesName: string;
  /** Series after the first (same categories), each one row or column of values. */
  moreSeries?: { name: string; valuesRange: string }[];
  /** Top-left cell of the chart. */
  anchor: string;
  widthPoints: number;
  heightPoints: number;
}

/** A chart's size, fixed per sheet so that it stands beside its table in the first screen. */
export type ChartSize = Pick<ChartPlan, "widthPoints" | "heightPoints">;

export interface NumberFormatPlan {
  range: string;
  format: string;
}

/** A sheet the add-in owns (Aging, Credit Log, Credit Changes, the policy it used, its hidden metadata sheet). */
export interface SheetPlan {
  /** Stable key; the sheet is found again by key whatever language its name is in. */
  key:
    | "aging"
    | "creditLog"
    | "creditChanges"
    | "policy"
    | "meta"
    | "agingHistory"
    | "collections"
    | "letters"
    | "trends"
    | "lossAllowance";
  /** Name in the chosen language. */
  name: string;
  /** Names this sheet may already carry (every locale's name), to find and rename an old copy. */
  knownNames: string[];
  visibility: "visible" | "veryHidden";
  /** "replace": clear the sheet then write; "append": write from `startRow`, keep what is above. */
  mode: "replace" | "append";
  /** 1-based row where `cells[0]` goes (1 for "replace"). */
  startRow: number;
  cells: PlanValue[][];
  numberFormats: NumberFormatPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  /** Bold header rows (1-based, relative to the sheet). */
  boldRows: number[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  freezeRows: number;
  charts: ChartPlan[];
  /**
   * Cells written above an append (a header the sheet's row 1 lacks), each only where that cell
   * is blank; nothing else above `startRow` is touched.
   */
  headerCells?: { row: number; column: number; value: string }[];
  /** The header row whose cells wrap, and the lines the longest takes (the row is that tall). */
  wrappedHeader?: { row: number; lines: number };
  print?: PrintPlan;
}

export interface OutputPlan {
  columnBlocks: ColumnBlockPlan[];
  sheets: SheetPlan[];
  /** Which sheet to show when done. */
  activate: string | null;
  /** Things the user should know about the write (text cut to Excel's cell limit, rows that
   * could not be placed), each naming the sheet and cell or row; worded by the language layer. */
  notes?: PlanNote[];
}
