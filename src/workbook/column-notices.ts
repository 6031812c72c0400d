/**
 * No column is ignored in silence (issue 13): after a sheet's columns are resolved, every header
 * the review does not read is named in one notice per sheet ("Not used: Region, Sales rep"), and
 * a header that comes close to a field it does not name ("Bad Payments Last 6 Months" against
 * "Bad Payments (3 months)") is a warning naming that field. Nothing is guessed: such a column
 * stays unread until the user maps it. The add-in's own output columns are not the user's and
 * are never listed (the candidate's headers leave them out).
 */
import type { Problem } from "../engine/types";
import type { HeaderCandidate } from "./detect-table";
import type { FieldIndex } from "./header-index";
import { fieldLabel, resembledFields } from "./header-index";
import { columnLetter } from "./plan-address";
import { cellProblem, READ_CODES, sheetProblem } from "./read-problem";

export interface ColumnNoticeArgs {
  sheet: string;
  candidate: HeaderCandidate;
  /** Field → column, as resolved. */
  columns: Readonly<Record<string, number>>;
  index: FieldIndex;
  synonyms: Record<string, string[]>;
}

/** The headers of the columns no field reads, in sheet order. */
export function unusedHeaders(
  candidate: HeaderCandidate,
  columns: Readonly<Record<string, number>>
): { column: number; header: string }[] {
  const used = new Set(Object.values(columns));
  return [...candidate.headers.entries()]
    .filter(([column]) => !used.has(column))
    .sort(([a], [b]) => a - b)
    .map(([column, header]) => ({ column, header }));
}

/** A warning per unread column that resembles a field still without a column, then the sheet's notice. */
export function columnNotices(args: ColumnNoticeArgs): Problem[] {
  const { sheet, candidate, columns } = args;
  const unused = unusedHeaders(candidate, columns);
  if (unused.length === 0) return [];
  const problems: Problem[] = [];
  for (const { column, header } of unused) {
    const fields = resembledFields(args.index, header).filter(
      (field) => columns[field] === undefined
    );
    if (fields.length === 0) continue;
    const label = fields.map((field) => fieldLabel(args.synonyms[field], field)).join('" / "');
    const letter = columnLetter(column);
    problems.push(
      cellProblem(sheet, candidate.headerRow, column, header, header, READ_CODES.headerResembles, {
        letter,
        header,
        label,
        fields: fields.join(", "),
      })
    );
  }
  const headers = unused.map((entry) => entry.header).join(", ");
  problems.push(
    sheetProblem(sheet, READ_CODES.columnsUnused, {
      headers,
      count: unused.length,
    })
  );
  return problems;
}
