/**
 * Problems found in the input, by severity (errors: rows left out of the totals; warnings: values
 * assumed or not used), then by what went wrong, each group collapsible with its count and a grid
 * naming the sheet, row, column and value in the reader's language. What is only for information
 * (open credit notes shown as unapplied credits) is shown apart, not counted as a problem.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Problem } from "../../../engine/types";
import { problemMessage } from "../../../i18n/problem-messages";
import { WideTable } from "../common/WideTable";
import { tableColumn } from "../common/table-column";
import { usePaneLanguage, type PaneLanguage } from "../../pane-context";
import { useShownRows } from "../../hooks/use-shown-rows";
import { ShowMore } from "../common/ShowMore";
import { problemTitle } from "../../preview/problem-titles";
import { groupBySeverity, type ProblemGroup } from "../../preview/group-problems";
import { Notice } from "../common/Notice";

interface ProblemRow {
  key: string;
  problem: Problem;
}

export function ProblemsPanel({ problems }: { problems: Problem[] }) {
  const language = usePaneLanguage();
  const { t } = language;
  const severities = useMemo(() => groupBySeverity(problems), [problems]);
  const real = severities.flatMap((entry) =>
    entry.severity === "info" ? [] : [{ ...entry, severity: entry.severity }]
  );
  const info = severities.find((entry) => entry.severity === "info");
  const realCount = real.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <>
      {realCount > 0 && (
        <Notice intent="warning" multiline title={t("problems.title", { count: realCount })}>
          {real.map((entry) => (
            <section
              key={entry.severity}
              aria-label={t(`problems.severity.${entry.severity}`, { count: entry.count })}
            >
              <h4>{t(`problems.severity.${entry.severity}`, { count: entry.count })}</h4>
              <GroupList groups={entry.groups} language={language} />
            </section>
          ))}
        </Notice>
      )}
      {info !== undefined && (
        <Notice multiline title={t("problems.info", { count: info.count })}>
          <GroupList groups={info.groups} language={language} />
        </Notice>
      )}
    </>
  );
}

function GroupList({ groups, language }: { groups: ProblemGroup[]; language: PaneLanguage }) {
  return (
    <Accordion collapsible multiple>
      {groups.map((group) => (
        <ProblemGroupItem key={group.code} group={group} language={language} />
      ))}
    </Accordion>
  );
}

function ProblemGroupItem({ group, language }: { group: ProblemGroup; language: PaneLanguage }) {
  const { t } = language;
  const columns = useMemo(() => problemColumns(language), [language]);
  const rows: ProblemRow[] = useMemo(
    () => group.problems.map((problem, index) => ({ key: `${group.code}-${index}`, problem })),
    [group]
  );
  const { shown, hidden, showMore } = useShownRows(rows);
  const title = t("problems.group", {
    title: problemTitle(group.code, t),
    count: group.problems.length,
  });
  return (
    <AccordionItem value={group.code}>
      <AccordionHeader>{title}</AccordionHeader>
      <AccordionPanel>
        <WideTable
          minWidth={720}
          items={shown}
          columns={columns}
          rowKey={(row) => row.key}
          ariaLabel={title}
        />
        <ShowMore hidden={hidden} onShowMore={showMore} />
      </AccordionPanel>
    </AccordionItem>
  );
}

function problemColumns({ t, locale }: PaneLanguage): TableColumnDefinition<ProblemRow>[] {
  const orDash = (value: string | number | null) => (value === null ? "–" : String(value));
  return [
    tableColumn<ProblemRow>("sheet", t("column.sheet"), ({ problem }) => problem.place.sheet),
    tableColumn<ProblemRow>("row", t("column.row"), ({ problem }) => orDash(problem.place.row)),
    // The header names the column for a person; a cell without one is named by its address.
    tableColumn<ProblemRow>("column", t("column.column"), ({ problem }) =>
      orDash(problem.place.header ?? problem.place.cell ?? problem.place.field)
    ),
    tableColumn<ProblemRow>("value", t("column.value"), ({ problem }) => orDash(problem.value)),
    tableColumn<ProblemRow>("message", t("column.message"), ({ problem }) =>
      problemMessage(problem, locale)
    ),
  ];
}
