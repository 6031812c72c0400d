/**
 * The user's columns the review will not read, in the preview before anything is written (issue
 * 13): per sheet "Customers: Not used: Region, Sales rep.", and each header that resembles a field
 * without matching it, naming the field. Shown open, not folded among the problems, because a
 * column left unread is the first thing to check when a number looks wrong.
 */
import type { Problem } from "../../../engine/types";
import { problemMessage } from "../../../i18n/problem-messages";
import { READ_CODES } from "../../../workbook/read-problem";
import { usePaneLanguage } from "../../pane-context";
import { Notice } from "../common/Notice";

/** The unread-column notices, per sheet in order of first mention: "Not used" first, then resemblances. */
export function unreadColumnNotices(problems: readonly Problem[]): Problem[] {
  const unused = problems.filter((problem) => problem.code === READ_CODES.columnsUnused);
  const resembling = problems.filter((problem) => problem.code === READ_CODES.headerResembles);
  const sheets = [...new Set([...unused, ...resembling].map((problem) => problem.place.sheet))];
  return sheets.flatMap((sheet) => [
    ...unused.filter((problem) => problem.place.sheet === sheet),
    ...resembling.filter((problem) => problem.place.sheet === sheet),
  ]);
}

export function UnreadColumns({ problems }: { problems: readonly Problem[] }) {
  const { t, locale } = usePaneLanguage();
  const notices = unreadColumnNotices(problems);
  if (notices.length === 0) return null;
  return (
    <Notice multiline title={t("preview.unreadColumns")}>
      <ul aria-label={t("preview.unreadColumns")}>
        {notices.map((problem, index) => (
          <li key={`${problem.code}-${problem.place.sheet}-${index}`}>
            {problemMessage(problem, locale)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
