/**
 * The optional Collection Log sheet → its lines. The sheet is the one named like a collection
 * log ("Collection Log", "催收记录", "催收記錄"), else the sheet left over by the three roles whose
 * headers read best as a log (date and customer id at least). A header that could be two
 * columns is not guessed: the log is then not read, and the sheet says which columns.
 */
import type { CollectionLogEntry, Problem } from "../engine/types";
import type { HeaderCandidate } from "./detect-table";
import { bestCandidate, isPlausible } from "./detect-table";
import type { CollectionLogField, HeaderSynonyms } from "./fields";
import { COLLECTION_LOG_FIELDS } from "./fields";
import { expectedHeaders, fieldIndex, fieldLabel, nameMatches } from "./header-index";
import { checkLogLine } from "./check-log-line";
import type { LedgerInvoices } from "./ledger-invoices";
import { collectionLogLineReader } from "./map-collection-log";
import type { DateContext } from "./parse-date";
import { columnLetter } from "./plan-address";
import { READ_CODES, sheetProblem } from "./read-problem";
import type { Grid } from "./sheet-grid";
import { readDataRowsBy, tableExtent } from "./table-frame";

const REQUIRED: readonly CollectionLogField[] = ["date", "customerId"];
/**
 * A sheet not named as a log must also show what only a log has: many user sheets carry a date
 * and a customer id (a ledger, a visit list) without being one.
 */
const LOG_ONLY: readonly CollectionLogField[] = ["action", "promisedDate", "promisedAmount"];

function hasLogOnlyColumn(candidate: HeaderCandidate): boolean {
  for (const fields of candidate.matches.values()) {
    if (fields.some((field) => (LOG_ONLY as readonly string[]).includes(field))) return true;
  }
  return false;
}

export interface LogReadEnvironment {
  dates: DateContext;
  minorPerUnit: number;
  problems: Problem[];
  /** Which invoice numbers the receivables hold per customer; null when the receivables were not read. */
  ledger: LedgerInvoices | null;
  /** Columns of the add-in's own output on a sheet. */
  ownedColumns: (sheet: string) => (column: number) => boolean;
}

interface LogSheet {
  grid: Grid;
  candidate: HeaderCandidate;
}

function findLogSheet(grids: readonly Grid[], synonyms: HeaderSynonyms): LogSheet | null {
  const index = fieldIndex(synonyms.collectionLog);
  let best: (LogSheet & { strength: number }) | null = null;
  for (const grid of grids) {
    const candidate = bestCandidate({
      grid,
      index,
      required: REQUIRED,
      isOwnedColumn: () => false,
    });
    if (candidate === null) continue;
    const byName = nameMatches(grid.sheet.name, synonyms.collectionLogSheetNames);
    const readsAsLog =
      isPlausible(candidate) &&
      candidate.requiredFound === REQUIRED.length &&
      hasLogOnlyColumn(candidate);
    if (!byName && !readsAsLog) continue;
    // A sheet named for the log wins over any header score.
    const strength = (byName ? 1_000_000 : 0) + candidate.score;
    if (best === null || strength > best.strength) best = { grid, candidate, strength };
  }
  return best;
}

/** Field → its one column; a field claimed by several columns is reported and left unresolved. */
function logColumns(
  sheet: string,
  candidate: HeaderCandidate,
  synonyms: HeaderSynonyms,
  problems: Problem[]
): Partial<Record<CollectionLogField, number>> | null {
  const byField = new Map<string, number[]>();
  for (const [column, fields] of candidate.matches) {
    for (const field of fields) byField.set(field, [...(byField.get(field) ?? []), column]);
  }
  const columns: Partial<Record<CollectionLogField, number>> = {};
  let readable = true;
  for (const field of COLLECTION_LOG_FIELDS) {
    const words = synonyms.collectionLog[field];
    const found = byField.get(field) ?? [];
    if (found.length === 1) columns[field] = found[0];
    else if (found.length > 1) {
      readable = false;
      const options = found.map((column) => ({
        column,
        header: candidate.headers.get(column) ?? "",
      }));
      const label = fieldLabel(words, field);
      problems.push(
        sheetProblem(sheet, READ_CODES.columnAmbiguous, {
          label,
          candidates: options.map((o) => `${columnLetter(o.column)} (${o.header})`).join(", "),
        })
      );
    } else if (REQUIRED.includes(field)) {
      readable = false;
      const expected = expectedHeaders(words);
      problems.push(
        sheetProblem(sheet, READ_CODES.columnMissing, {
          label: fieldLabel(words, field),
          expected: expected.map((word) => `"${word}"`).join(" / "),
        })
      );
    }
  }
  return readable ? columns : null;
}

/** The log's lines, or undefined when the workbook has no Collection Log. */
export function readCollectionLog(
  grids: readonly Grid[],
  synonyms: HeaderSynonyms,
  env: LogReadEnvironment
): CollectionLogEntry[] | undefined {
  const found = findLogSheet(grids, synonyms);
  if (found === null) return undefined;
  const { grid, candidate } = found;
  const sheet = grid.sheet.name;
  const columns = logColumns(sheet, candidate, synonyms, env.problems);
  if (columns === null) return [];
  const isOwnedColumn = env.ownedColumns(sheet);
  const frame = tableExtent(grid, candidate, columns, isOwnedColumn, {
    index: fieldIndex(synonyms.collectionLog),
    required: REQUIRED,
    idColumn: columns.customerId,
    labelColumns: [],
  });
  const ledger = env.ledger;
  return readDataRowsBy(grid, frame, env, (context) => {
    const readLine = collectionLogLineReader(context, columns);
    if (ledger === null) return readLine;
    return (row) => {
      const read = readLine(row);
      return read === null ? null : checkLogLine(context, columns, read, ledger);
    };
  });
}
