/**
 * Which column holds which field, and what to ask the user when the headers do not say it
 * clearly (BAD-INPUTS #17, #18). Nothing is guessed: two columns for one field, a header naming
 * two fields that elimination cannot settle, or a missing required column each stop the sheet
 * and produce a `MappingRequest`. A `ColumnMapping` the user chose (e.g. remembered in the
 * document's settings) takes precedence over the headers.
 */
import type { Problem } from "../engine/types";
import type { SheetRole } from "./fields";
import type { RoleFieldMap } from "./role-fields";
import type { HeaderCandidate } from "./detect-table";
import { expectedHeaders, fieldLabel } from "./header-index";
import { columnLetter, MAX_COLUMN } from "./plan-address";
import { READ_CODES, sheetProblem } from "./read-problem";
import { headerKey } from "./text-normalise";

/** A user's choice for one role: the sheet, the header row, and field → 1-based column. */
export interface RoleMapping<Field extends string> {
  sheet?: string;
  headerRow?: number;
  columns?: Partial<Record<Field, number>>;
  /**
   * Field → header text (the command line's `--map field=Header`): the column under that header
   * in the table found, compared like headers are (case, width, spaces and punctuation ignored).
   * A field named here takes no column from `columns`.
   */
  headers?: Partial<Record<Field, string>>;
  /**
   * Field → the header its column in `columns` had when the user chose it (the pane's saved
   * choice). A column inserted since moves that header: the column no longer holding it is
   * looked for by the header, and dropped with a warning when the header is not found once.
   */
  columnHeaders?: Partial<Record<Field, string>>;
}

export interface ColumnMapping {
  customers?: RoleMapping<RoleFieldMap["customers"]>;
  receivables?: RoleMapping<RoleFieldMap["receivables"]>;
  orders?: RoleMapping<RoleFieldMap["orders"]>;
}

export interface MappingCandidate {
  column: number;
  header: string;
}

export interface MappingRequest {
  role: SheetRole;
  sheet: string;
  field: string;
  /** Columns the user may choose from (for "missing": every column not already used). */
  candidates: MappingCandidate[];
  reason: "missing" | "ambiguous";
}

export interface ResolveArgs {
  role: SheetRole;
  sheet: string;
  candidate: HeaderCandidate;
  fields: readonly string[];
  required: readonly string[];
  synonyms: Record<string, string[]>;
  chosen?: Partial<Record<string, number>>;
  /** Field → header text chosen by name; stronger than `chosen`. */
  chosenHeaders?: Partial<Record<string, string>>;
  /** Field → the header its `chosen` column had when it was chosen. */
  chosenColumnHeaders?: Partial<Record<string, string>>;
}

export interface ResolvedColumns {
  columns: Record<string, number>;
  requests: MappingRequest[];
  problems: Problem[];
  /** True when the sheet cannot be read until the user answers a request. */
  blocked: boolean;
}

/** `C (Amount), F (Amount due)`: the columns a field could be, in any language. */
function candidateList(candidates: MappingCandidate[]): string {
  return candidates.map((c) => `${columnLetter(c.column)} (${c.header})`).join(", ");
}

/** `"Amount" / "金额"`: header words a column may have. */
function quotedList(words: string[]): string {
  return words.map((word) => `"${word}"`).join(" / ");
}

/** A column chosen, by number or by header, for a field this role does not have. */
function unknownFieldProblem(sheet: string, field: string): Problem {
  return sheetProblem(sheet, READ_CODES.mappingInvalid, {
    variant: "unknownField",
    field,
  });
}

export function resolveColumns(args: ResolveArgs): ResolvedColumns {
  const { candidate, sheet, role } = args;
  const columns: Record<string, number> = {};
  const problems: Problem[] = [];
  const requests: MappingRequest[] = [];
  const taken = new Set<number>();

  problems.push(...chooseByHeader(args, columns, taken));
  for (const [field, column] of Object.entries(args.chosen ?? {})) {
    if (column === undefined || columns[field] !== undefined) continue;
    if (!args.fields.includes(field)) {
      problems.push(unknownFieldProblem(sheet, field));
    } else if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) {
      problems.push(
        sheetProblem(sheet, READ_CODES.mappingInvalid, {
          variant: "badColumn",
          field,
          mappedColumn: String(column),
        })
      );
    } else {
      const placed = followSavedHeader(args, field, column);
      if ("problem" in placed) problems.push(placed.problem);
      else if (taken.has(placed.column))
        problems.push(sameColumnProblem(sheet, field, columns, placed.column));
      else {
        columns[field] = placed.column;
        taken.add(placed.column);
      }
    }
  }

  const ambiguous = settleByElimination(candidate.matches, columns, taken);
  for (const [field, cols] of ambiguous) {
    const options = cols.map((column) => ({ column, header: candidate.headers.get(column) ?? "" }));
    const label = fieldLabel(args.synonyms[field], field);
    requests.push({ role, sheet, field, candidates: options, reason: "ambiguous" });
    problems.push(
      sheetProblem(sheet, READ_CODES.columnAmbiguous, { label, candidates: candidateList(options) })
    );
  }

  for (const field of args.required) {
    if (columns[field] !== undefined || ambiguous.has(field)) continue;
    const free = [...candidate.headers.entries()]
      .filter(([column]) => !taken.has(column))
      .map(([column, header]) => ({ column, header }));
    const words = args.synonyms[field] ?? [];
    requests.push({ role, sheet, field, candidates: free, reason: "missing" });
    problems.push(
      sheetProblem(sheet, READ_CODES.columnMissing, {
        label: fieldLabel(words, field),
        expected: quotedList(expectedHeaders(words)),
      })
    );
  }
  return { columns, requests, problems, blocked: requests.length > 0 };
}

/** A field given a column another field already has: named with both, never read twice. */
function sameColumnProblem(
  sheet: string,
  field: string,
  columns: Record<string, number>,
  column: number
): Problem {
  const otherField = Object.keys(columns).find((other) => columns[other] === column) ?? "";
  return sheetProblem(sheet, READ_CODES.mappingInvalid, {
    variant: "sameColumn",
    field,
    otherField,
    mappedColumn: columnLetter(column),
  });
}

/**
 * Where a saved column choice points now: its column while that still has the header it was
 * chosen under (or none was recorded), else the one column that has it; otherwise a warning.
 */
function followSavedHeader(
  args: ResolveArgs,
  field: string,
  column: number
): { column: number } | { problem: Problem } {
  const header = args.chosenColumnHeaders?.[field];
  if (header === undefined) return { column };
  const key = headerKey(header);
  const headers = args.candidate.headers;
  if (headerKey(headers.get(column) ?? "") === key) return { column };
  const found = [...headers.entries()].filter(([, text]) => headerKey(text) === key);
  if (found.length === 1) return { column: found[0][0] };
  return {
    problem: sheetProblem(args.sheet, READ_CODES.mappingInvalid, {
      variant: "savedHeaderGone",
      field,
      header,
      mappedColumn: columnLetter(column),
    }),
  };
}

/** Columns chosen by header text: exactly one column of the table must carry the header. */
function chooseByHeader(
  args: ResolveArgs,
  columns: Record<string, number>,
  taken: Set<number>
): Problem[] {
  const { sheet, candidate } = args;
  const problems: Problem[] = [];
  for (const [field, header] of Object.entries(args.chosenHeaders ?? {})) {
    if (header === undefined) continue;
    if (!args.fields.includes(field)) {
      problems.push(unknownFieldProblem(sheet, field));
      continue;
    }
    const key = headerKey(header);
    const found = [...candidate.headers.entries()]
      .filter(([, text]) => headerKey(text) === key)
      .map(([column, text]) => ({ column, header: text }));
    if (found.length === 1 && taken.has(found[0].column)) {
      problems.push(sameColumnProblem(sheet, field, columns, found[0].column));
    } else if (found.length === 1) {
      columns[field] = found[0].column;
      taken.add(found[0].column);
    } else if (found.length === 0) {
      problems.push(
        sheetProblem(sheet, READ_CODES.mappingInvalid, { variant: "headerNotFound", field, header })
      );
    } else {
      problems.push(
        sheetProblem(sheet, READ_CODES.mappingInvalid, {
          variant: "headerAmbiguous",
          field,
          header,
          candidates: candidateList(found),
        })
      );
    }
  }
  return problems;
}

/**
 * Assigns fields whose column is certain and returns the fields left ambiguous with their
 * possible columns. A column that names only one field (still open) takes it when it is the only
 * such column; a header naming two fields is settled when the other field found its own column.
 */
function settleByElimination(
  matches: ReadonlyMap<number, readonly string[]>,
  columns: Record<string, number>,
  taken: Set<number>
): Map<string, number[]> {
  const open = (column: number): string[] =>
    (matches.get(column) ?? []).filter((field) => columns[field] === undefined);
  const ambiguous = new Map<string, number[]>();
  let changed = true;
  while (changed) {
    changed = false;
    ambiguous.clear();
    const fields = new Set<string>();
    for (const [column] of matches)
      if (!taken.has(column)) for (const field of open(column)) fields.add(field);
    for (const field of fields) {
      const possible = [...matches.keys()].filter(
        (column) => !taken.has(column) && open(column).includes(field)
      );
      const exclusive = possible.filter((column) => open(column).length === 1);
      if (exclusive.length === 1) {
        columns[field] = exclusive[0];
        taken.add(exclusive[0]);
        changed = true;
        break;
      }
      ambiguous.set(field, possible);
    }
  }
  return ambiguous;
}
