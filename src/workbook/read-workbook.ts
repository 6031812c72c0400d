/**
 * A raw workbook → the review's input, the layout of the user's tables, every problem found, and
 * the questions to ask when the headers do not say clearly which column is which.
 *
 * Flow: find our own earlier output (never user data) → choose a sheet per role → find its
 * header row and columns (or the user's saved choice) → map each data row, reporting what cannot
 * be read → match customer ids whose leading zeros differ between sheets.
 */
import { DEFAULT_POLICY } from "../engine/policy";
import type { Customer, Order, Problem, Receivable, ReviewInput } from "../engine/types";
import type { SheetChoice } from "./assign-sheets";
import { assignSheets } from "./assign-sheets";
import type { ColumnMapping, MappingRequest } from "./column-mapping";
import { resolveColumns } from "./column-mapping";
import { columnNotices } from "./column-notices";
import { dayOrderForLocale } from "./date-order";
import type { HeaderCandidate } from "./detect-table";
import { candidateAt } from "./detect-table";
import type { HeaderSynonyms, SheetRole } from "./fields";
import { expectedHeaders, fieldIndex, nameMatches } from "./header-index";
import type { OwnedBlock, TableLayout, WorkbookLayout } from "./layout";
import { mapCustomerRow } from "./map-customers";
import { mapOrderRow } from "./map-orders";
import { mapReceivableRow } from "./map-receivables";
import type { OwnedOutput, ProvenBlock } from "./owned-output";
import { findOwnedOutput } from "./owned-output";
import type { OwnedSignatures } from "./owned-signatures";
import { ownedSignatures } from "./owned-signatures";
import type { DateContext } from "./parse-date";
import { isBlankCell } from "./parsed";
import type { RawSheet, RawWorkbook } from "./raw";
import { ledgerInvoices } from "./ledger-invoices";
import { readCollectionLog } from "./read-collection-log";
import { READ_CODES, sheetProblem } from "./read-problem";
import type { IdColumn } from "./reconcile-ids";
import { reconcileCustomerIds } from "./reconcile-ids";
import type { RoleFieldMap } from "./role-fields";
import { REQUIRED_FIELDS, ROLE_FIELDS, roleSynonyms } from "./role-fields";
import type { RowMapper } from "./row-reader";
import { readRowGuard } from "./row-guard";
import { gridColumnDigest } from "./column-digest";
import { lastColumnBesideTables, tableHeaderRanges } from "./excel-table-gap";
import type { Grid } from "./sheet-grid";
import { gridOf } from "./sheet-grid";
import { rangeAddress } from "./plan-address";
import { readDataRows, tableExtent } from "./table-frame";

export interface ReadOptions {
  /** The user's choices (sheet, header row, field → column), e.g. remembered in document settings. */
  mapping?: ColumnMapping;
  /** Minor units per currency unit; the policy's `minorPerUnit` (default 100). */
  minorPerUnit?: number;
  /** The texts that prove earlier output ours (headers, owned sheets' A1), in every language; absent: nothing is proven ours. */
  ownedSignatures?: OwnedSignatures;
  /** The user said the workbook has no orders sheet: none is looked for. */
  noOrders?: boolean;
}

export interface ReadResult {
  /** `input.problems` holds the same problems as `problems`. */
  input: ReviewInput;
  /** Null unless both the customer and the receivables tables were found. */
  layout: WorkbookLayout | null;
  problems: Problem[];
  mappingRequests: MappingRequest[];
}

interface Environment {
  synonyms: HeaderSynonyms;
  mapping: ColumnMapping;
  owned: OwnedOutput;
  dates: DateContext;
  minorPerUnit: number;
  problems: Problem[];
  requests: MappingRequest[];
}

interface RoleRead<Row, Field extends string> {
  /** False when no sheet plays the role. */
  found: boolean;
  rows: Row[];
  table: TableLayout<Field> | null;
  idColumn: IdColumn | null;
}

export function readWorkbook(
  raw: RawWorkbook,
  synonyms: HeaderSynonyms,
  options: ReadOptions = {}
): ReadResult {
  const problems: Problem[] = [];
  const grids = raw.sheets.map(gridOf);
  const signatures = options.ownedSignatures ?? ownedSignatures([]);
  const owned = findOwnedOutput(raw, grids, signatures, problems);
  const userGrids = grids.filter((grid) => !owned.ownedSheetNames.has(grid.sheet.name));
  const mapping = options.mapping ?? {};
  // A sheet named as a Collection Log is never taken for customers, receivables or orders.
  const isLogByName = (grid: Grid) =>
    nameMatches(grid.sheet.name, synonyms.collectionLogSheetNames);
  const roleGrids = userGrids.filter((grid) => !isLogByName(grid));
  const choices = assignSheets(roleGrids, synonyms, mapping, owned.ownedColumns, problems, {
    noOrders: options.noOrders === true,
  });
  const env: Environment = {
    synonyms,
    mapping,
    owned,
    dates: { date1904: raw.date1904, dayOrder: dayOrderForLocale(raw.locale) },
    minorPerUnit: options.minorPerUnit ?? DEFAULT_POLICY.minorPerUnit,
    problems,
    requests: [],
  };

  const customers = readRole<Customer, RoleFieldMap["customers"]>(
    "customers",
    choices.customers,
    env,
    mapCustomerRow
  );
  const receivables = readRole<Receivable, RoleFieldMap["receivables"]>(
    "receivables",
    choices.receivables,
    env,
    mapReceivableRow
  );
  const orders = readRole<Order, RoleFieldMap["orders"]>(
    "orders",
    choices.orders,
    env,
    mapOrderRow
  );

  if (customers.rows.length > 0) {
    if (receivables.idColumn)
      reconcileCustomerIds(customers.rows, receivables.rows, receivables.idColumn, problems);
    if (orders.idColumn)
      reconcileCustomerIds(customers.rows, orders.rows, orders.idColumn, problems);
  }

  // A table not found may be on a sheet too large to read: say so rather than "not found".
  const unread = userGrids.find((grid) => grid.sheet.notRead !== undefined);
  if (unread && (!customers.table || !receivables.table)) notReadProblem(unread.sheet, problems);
  const usedSheets = new Set(Object.values(choices).map((choice) => choice.grid.sheet.name));
  const collectionLog = readCollectionLog(
    userGrids.filter((grid) => !usedSheets.has(grid.sheet.name)),
    synonyms,
    {
      dates: env.dates,
      minorPerUnit: env.minorPerUnit,
      problems,
      ownedColumns: owned.ownedColumns,
      ledger: receivables.table ? ledgerInvoices(receivables.rows) : null,
    }
  );

  const input: ReviewInput = { customers: customers.rows, receivables: receivables.rows, problems };
  if (orders.found) input.orders = orders.rows;
  if (collectionLog !== undefined) input.collectionLog = collectionLog;
  const layout: WorkbookLayout | null =
    customers.table && receivables.table
      ? {
          customers: customers.table,
          receivables: receivables.table,
          orders: orders.table,
          ownedSheets: owned.ownedSheets,
        }
      : null;
  return { input, layout, problems, mappingRequests: env.requests };
}

function readRole<Row, Field extends string>(
  role: SheetRole,
  choice: SheetChoice | undefined,
  env: Environment,
  mapRow: RowMapper<Row, Field>
): RoleRead<Row, Field> {
  const synonyms = roleSynonyms(env.synonyms, role);
  const required = REQUIRED_FIELDS[role] as readonly string[];
  const requiredHeaders = required.map((field) =>
    expectedHeaders(synonyms[field] ?? [field]).join(" / ")
  );
  if (!choice) {
    if (role !== "orders") {
      const names = env.synonyms.sheetNames[role];
      env.problems.push(
        sheetProblem("", READ_CODES.sheetMissing, {
          sheetRole: role,
          names: expectedHeaders(names)
            .map((name) => `"${name}"`)
            .join(" / "),
          headers: requiredHeaders.join(", "),
        })
      );
    }
    return { found: false, rows: [], table: null, idColumn: null };
  }
  const { grid } = choice;
  const sheet = grid.sheet.name;
  if (grid.sheet.notRead) {
    notReadProblem(grid.sheet, env.problems);
    return { found: true, rows: [], table: null, idColumn: null };
  }
  const firstFilled = firstFilledRow(grid);
  if (firstFilled === null) {
    env.problems.push(
      sheetProblem(sheet, READ_CODES.sheetEmpty, {
        sheetRole: role,
        headers: requiredHeaders.join(", "),
      })
    );
    return { found: true, rows: [], table: null, idColumn: null };
  }
  const isOwnedColumn = env.owned.ownedColumns(sheet);
  const candidate =
    choice.candidate ??
    candidateAt({ grid, index: fieldIndex(synonyms), required, isOwnedColumn }, firstFilled);
  const resolved = resolveColumns({
    role,
    sheet,
    candidate,
    fields: ROLE_FIELDS[role] as readonly string[],
    required,
    synonyms,
    chosen: env.mapping[role]?.columns as Partial<Record<string, number>> | undefined,
    chosenHeaders: env.mapping[role]?.headers as Partial<Record<string, string>> | undefined,
    chosenColumnHeaders: env.mapping[role]?.columnHeaders as
      Partial<Record<string, string>> | undefined,
  });
  if (candidate.groupTitles.length > 0) env.problems.push(groupRowProblem(sheet, candidate));
  env.problems.push(...resolved.problems);
  env.requests.push(...resolved.requests);
  const columns = resolved.columns as Partial<Record<Field, number>>;
  const idField = role === "customers" ? "id" : "customerId";
  const idColumnNumber = resolved.columns[idField];
  const nameColumn = role === "customers" ? resolved.columns.name : undefined;
  const frame = tableExtent(grid, candidate, resolved.columns, isOwnedColumn, {
    index: fieldIndex(synonyms),
    required,
    idColumn: idColumnNumber,
    labelColumns: nameColumn === undefined ? [] : [nameColumn],
  });
  const { extent } = frame;
  const proven = role === "orders" ? null : env.owned.blockOn(role, sheet);
  const grown = grownIntoUserCells(grid, proven, extent.lastDataRow);
  const table: TableLayout<Field> = {
    role,
    sheet,
    ...extent,
    columns,
    ...ownedPart(grid, proven, extent, grown),
    ...mergesOf(grid),
    lastUsedColumn: lastColumnBesideTables(
      grid.sheet.tables ?? [],
      extent,
      lastUsedColumn(
        grid,
        extent,
        (row, column) => isOwnedColumn(column) && row <= (proven?.lastRow ?? row)
      )
    ),
    ...(idColumnNumber === undefined
      ? {}
      : { rowGuard: readRowGuard(grid, idColumnNumber, extent.headerRow, extent.lastDataRow) }),
    ...((grid.sheet.tables ?? []).length > 0
      ? { excelTableHeaders: tableHeaderRanges(grid.sheet.tables ?? []) }
      : {}),
  };
  const idColumn =
    idColumnNumber === undefined
      ? null
      : { sheet, column: idColumnNumber, header: candidate.headers.get(idColumnNumber) ?? "" };
  if (resolved.blocked) return { found: true, rows: [], table, idColumn };
  env.problems.push(
    ...columnNotices({
      sheet,
      candidate,
      columns: resolved.columns,
      index: fieldIndex(synonyms),
      synonyms,
    })
  );

  const rows = readDataRows(grid, frame, env, (context, row) => mapRow(context, row, columns));
  return { found: true, rows, table, idColumn };
}

/** Group titles over two-row headers: said once, so the user sees how the headers were read. */
function groupRowProblem(sheet: string, candidate: HeaderCandidate): Problem {
  const groupRow = candidate.headerRow - 1;
  const titles = candidate.groupTitles.map((title) => `"${title}"`).join(", ");
  return sheetProblem(sheet, READ_CODES.groupHeaderRow, {
    groupRow,
    titles,
    headerRow: candidate.headerRow,
  });
}

/** A sheet the review needs whose cells were too many to read (once per sheet). */
function notReadProblem(sheet: RawSheet, problems: Problem[]): void {
  const notRead = sheet.notRead;
  if (
    !notRead ||
    problems.some((p) => p.code === READ_CODES.sheetNotRead && p.place.sheet === sheet.name)
  )
    return;
  problems.push(sheetNotReadProblem(sheet.name, notRead));
}

/** Why a sheet was not read: its reach and cells against the limit a sheet may have. */
export function sheetNotReadProblem(
  sheet: string,
  notRead: NonNullable<RawSheet["notRead"]>
): Problem {
  return sheetProblem(sheet, READ_CODES.sheetNotRead, {
    range: notRead.range,
    cells: notRead.cells.toLocaleString("en"),
    limit: notRead.limit.toLocaleString("en"),
    ...(notRead.declared ? { variant: "declared" } : {}),
  });
}

/**
 * True when the table now reaches below the rows the block was written on, the user has
 * something there in one of the block's columns, and that column no longer holds just what was
 * written (a whole row inserted moves our own cells down and keeps the digest): a cell the
 * review never wrote, which the block must not grow down over in place.
 */
function grownIntoUserCells(grid: Grid, proven: ProvenBlock | null, lastDataRow: number): boolean {
  const block = proven?.intact;
  if (!proven || !block?.digests || lastDataRow <= proven.lastRow) return false;
  return block.keys.some((_key, index) => {
    const column = block.firstColumn + index;
    let filledBelow = false;
    for (let row = proven.lastRow + 1; row <= lastDataRow && !filledBelow; row++)
      filledBelow = !isBlankCell(grid.raw(row, column));
    return (
      filledBelow &&
      gridColumnDigest(grid, column, proven.headerRow + 1, lastDataRow) !== block.digests?.[index]
    );
  });
}

/**
 * Whether each column of a block kept in place still holds what was written. Asked only when the
 * table shrank, the one case that needs it (`placeBlock` clears the rows the block leaves), so an
 * ordinary re-run does not fingerprint the whole block again.
 */
function withHeldAsWritten(
  grid: Grid,
  block: OwnedBlock,
  headerRow: number,
  lastDataRow: number
): OwnedBlock {
  if (!block.digests || Math.max(headerRow, lastDataRow) >= block.lastRow) return block;
  const heldAsWritten = block.digests.map(
    (recorded, index) =>
      gridColumnDigest(grid, block.firstColumn + index, headerRow + 1, block.lastRow) === recorded
  );
  return { ...block, heldAsWritten };
}

/**
 * A proven block is updated in place only when it still sits on the table's header row; any
 * other proven cells are cleared, never written again.
 */
function ownedPart(
  grid: Grid,
  proven: ProvenBlock | null,
  extent: { headerRow: number; lastDataRow: number },
  grownIntoUserCells: boolean
): Pick<TableLayout, "ownedBlock" | "strayOwnedRanges"> {
  const { headerRow } = extent;
  if (!proven) return { ownedBlock: null };
  if (proven.intact && proven.headerRow === headerRow && !grownIntoUserCells) {
    const ownedBlock = withHeldAsWritten(grid, proven.intact, headerRow, extent.lastDataRow);
    return proven.strayRanges.length > 0
      ? { ownedBlock, strayOwnedRanges: proven.strayRanges }
      : { ownedBlock };
  }
  const stray = proven.intact
    ? [
        columnsRange(
          proven.intact.firstColumn,
          proven.headerRow,
          proven.intact.lastRow,
          proven.intact.keys.length
        ),
      ]
    : proven.strayRanges;
  return stray.length > 0 ? { ownedBlock: null, strayOwnedRanges: stray } : { ownedBlock: null };
}

function columnsRange(firstColumn: number, top: number, bottom: number, width: number): string {
  return rangeAddress(top, firstColumn, bottom, firstColumn + width - 1);
}

/** The rightmost column holding anything in the table's rows, proven output (on the rows it was written) left out. */
function lastUsedColumn(
  grid: Grid,
  extent: { headerRow: number; lastUserColumn: number; lastDataRow: number },
  isOwnedCell: (row: number, column: number) => boolean
): number {
  let last = extent.lastUserColumn;
  for (let row = extent.headerRow; row <= extent.lastDataRow; row++) {
    for (let column = grid.lastColumn; column > last; column--) {
      if (isOwnedCell(row, column) || isBlankCell(grid.raw(row, column))) continue;
      last = column;
      break;
    }
  }
  return last;
}

/**
 * Every merge of the sheet: one under the table's own columns can still meet an earlier block
 * updated in place (a row merged across the table and our columns).
 */
function mergesOf(grid: Grid): Pick<TableLayout, "merges"> {
  const merges = grid.sheet.merges ?? [];
  return merges.length > 0 ? { merges } : {};
}

function firstFilledRow(grid: Grid): number | null {
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
      if (!isBlankCell(grid.raw(row, column))) return row;
    }
  }
  return null;
}
