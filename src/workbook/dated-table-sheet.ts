/**
 * An owned sheet that is one table of a review date: the title in A1, the as-of label and date in
 * row 2, a blank row, the header in row 4 (frozen, bold, repeated on every printed page), then one
 * row per item, or one line saying there is none. Collections and Credit Changes are laid out so;
 * Aging shares the head (title, date and header rows) and adds totals below its rows.
 */
import type { SerialDate } from "../engine/types";
import { fitSheetColumns } from "./fit-sheet-columns";
import type { OutputLabels } from "./labels";
import { DATE_FORMAT } from "./number-formats";
import { cellAddress } from "./plan-address";
import type { ConditionalFormatPlan, NumberFormatPlan, PlanValue, SheetPlan } from "./plan";
import type { OwnedSheetName, VisibleSheetKey } from "./plan-sheet-name";
import { tablePrint } from "./print-plan";
import { replacedVisibleSheet } from "./replaced-sheet";

export const DATED_TABLE_TITLE_ROW = 1;
export const DATED_TABLE_HEADER_ROW = 4;
const AS_OF_ROW = 2;
const AS_OF_COLUMN = 2;

/** The as-of date in row 2, shown as a date. */
export const AS_OF_DATE_FORMAT: NumberFormatPlan = {
  range: cellAddress(AS_OF_ROW, AS_OF_COLUMN),
  format: DATE_FORMAT,
};

/** The rows above the data: the title, the as-of label and date, a blank row, the header. */
export function datedTableHead(
  title: string,
  labels: OutputLabels,
  asOf: SerialDate,
  headers: readonly string[]
): PlanValue[][] {
  return [[title], [labels.aging.asOf ?? labels.log.reviewDate, asOf], [], [...headers]];
}

/** The worksheet rows the table's data stands in (only asked for when there are rows). */
export interface DataRows {
  first: number;
  last: number;
}

export interface DatedTable {
  title: string;
  asOf: SerialDate;
  labels: OutputLabels;
  headers: readonly string[];
  rows: PlanValue[][];
  /** The one line written under the header when there are no rows. */
  noRows: string;
  /** Formats of the data rows, laid after the as-of date's. */
  numberFormats: (rows: DataRows) => NumberFormatPlan[];
  conditionalFormats: (rows: DataRows) => ConditionalFormatPlan[];
}

export function datedTableSheet(
  key: VisibleSheetKey,
  sheetName: OwnedSheetName,
  table: DatedTable
): SheetPlan {
  const { labels, headers, rows } = table;
  const cells: PlanValue[][] = [
    ...datedTableHead(table.title, labels, table.asOf, headers),
    ...(rows.length > 0 ? rows : [[table.noRows]]),
  ];
  const dataRows = {
    first: DATED_TABLE_HEADER_ROW + 1,
    last: DATED_TABLE_HEADER_ROW + rows.length,
  };
  const numberFormats: NumberFormatPlan[] = [
    AS_OF_DATE_FORMAT,
    ...(rows.length > 0 ? table.numberFormats(dataRows) : []),
  ];
  const fitted = fitSheetColumns(
    { cells, startRow: 1, numberFormats },
    { row: DATED_TABLE_HEADER_ROW, texts: headers }
  );
  return replacedVisibleSheet(key, sheetName, {
    cells,
    numberFormats,
    conditionalFormats: rows.length > 0 ? table.conditionalFormats(dataRows) : [],
    boldRows: [DATED_TABLE_TITLE_ROW, DATED_TABLE_HEADER_ROW],
    ...fitted,
    freezeRows: DATED_TABLE_HEADER_ROW,
    charts: [],
    print: tablePrint(DATED_TABLE_HEADER_ROW),
  });
}
