/**
 * The summary's lines about the user's columns the review did not read (issue 13): per sheet
 * "Customers: Not used: Region, Sales rep.", then each header that resembles a field without
 * matching it, naming the field. Printed whole, apart from the problem list (which shows only the
 * first few), because a column left unread is the first thing to check when a number looks wrong.
 */
import type { Problem } from "../engine/types";
import type { DisplayLocale } from "../i18n";
import { problemMessage } from "../i18n";
import type { CliWords } from "../i18n/cli-messages";
import { READ_CODES } from "../workbook/read-problem";

const INDENT = "  ";

export function unreadColumnLines(
  problems: readonly Problem[],
  words: CliWords,
  locale: DisplayLocale
): string[] {
  const unused = problems.filter((problem) => problem.code === READ_CODES.columnsUnused);
  const resembling = problems.filter((problem) => problem.code === READ_CODES.headerResembles);
  if (unused.length === 0 && resembling.length === 0) return [];
  const sheets = [...new Set([...unused, ...resembling].map((problem) => problem.place.sheet))];
  const lines = [words("summary.columnsHeading")];
  for (const sheet of sheets) {
    const ofSheet = [
      ...unused.filter((problem) => problem.place.sheet === sheet),
      ...resembling.filter((problem) => problem.place.sheet === sheet),
    ];
    lines.push(...ofSheet.map((problem) => `${INDENT}- ${problemMessage(problem, locale)}`));
  }
  return lines;
}
