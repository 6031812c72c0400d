/**
 * The engine names a problem by its field; a person looks for a cell. This gives each engine
 * problem the cell and header of its field's column in the layout, so that it reads like the
 * reader's own problems (`Receivables!B3 (Customer ID) "K9"`).
 */
import type { Problem } from "../engine/types";
import type { TableLayout, WorkbookLayout } from "./layout";
import { columnLetter } from "./plan-address";
import type { RawWorkbook } from "./raw";
import { headerText } from "./sheet-grid";

/** Where the engine's field name differs from the column's field key. */
const COLUMN_FIELD_OF: Readonly<Record<string, string>> = { paid: "paidAmount" };

function tablesOf(layout: WorkbookLayout): TableLayout[] {
  const tables: TableLayout[] = [layout.customers, layout.receivables];
  if (layout.orders !== null) tables.push(layout.orders);
  return tables;
}

function headerAt(raw: RawWorkbook, sheetName: string, row: number, column: number): string {
  const sheet = raw.sheets.find((candidate) => candidate.name === sheetName);
  const cell = sheet?.cells[row - sheet.firstRow]?.[column - sheet.firstColumn];
  return cell === undefined ? "" : headerText(cell);
}

/** Each problem the engine made about a read row, with its cell and header filled in. */
export function withEngineProblemCells(
  problems: readonly Problem[],
  layout: WorkbookLayout,
  raw: RawWorkbook
): Problem[] {
  const tables = tablesOf(layout);
  return problems.map((problem) => {
    const { place } = problem;
    if (place.field === null || place.cell !== null || place.row === null) return problem;
    const table = tables.find((candidate) => candidate.sheet === place.sheet);
    const field = COLUMN_FIELD_OF[place.field] ?? place.field;
    const column =
      table === undefined ? undefined : (table.columns as Record<string, number>)[field];
    if (table === undefined || column === undefined) return problem;
    const header = headerAt(raw, table.sheet, table.headerRow, column);
    return {
      ...problem,
      place: {
        ...place,
        cell: `${columnLetter(column)}${place.row}`,
        header: header.length > 0 ? header : null,
      },
    };
  });
}
