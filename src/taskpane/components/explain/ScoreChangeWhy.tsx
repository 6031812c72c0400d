/**
 * "Why it changed": the customer's score, grade, limit and terms at the previous review and now,
 * and the cause in the words of the Credit Changes sheet's "Why" column (the same function words
 * both, so the pane and the sheet never disagree).
 */
import "../../i18n/late-words";
import { HeadedTable } from "../common/HeadedTable";
import type { Policy } from "../../../engine/policy";
import type { ExplainedChange } from "../../../workbook/customer-score-changes";
import type { OutputLabels } from "../../../workbook/labels";
import { scoreChangeWords } from "../../../workbook/score-change-words";
import { fieldName } from "../review/field-names";
import type { Formatters } from "../../format/formatters";
import { TitledSection } from "../common/TitledSection";
import { usePaneLanguage } from "../../pane-context";

export interface ScoreChangeWhyProps {
  change: ExplainedChange;
  labels: OutputLabels;
  policy: Policy;
  format: Formatters;
}

const NONE = "–";

export function ScoreChangeWhy({ change, labels, policy, format }: ScoreChangeWhyProps) {
  const { t } = usePaneLanguage();
  const score = (value: number | null) => (value === null ? NONE : format.number(value, 1));
  const grade = (value: string | null) => value ?? t("grade.none");
  const rows = [
    { key: "score", label: t("explain.changeScore"), ...pair(change.score, score) },
    { key: "grade", label: t("explain.changeGrade"), ...pair(change.grade, grade) },
    { key: "limit", label: t("explain.changeLimit"), ...pair(change.limit, format.money) },
    { key: "terms", label: t("explain.changeTerms"), ...pair(change.terms, format.integer) },
  ];
  const why = scoreChangeWords(change, labels, policy.minorPerUnit, (key) =>
    fieldName("customers", key, t)
  );
  return (
    <TitledSection title={t("explain.changeHeading")} level={3} testId="score-change">
      <HeadedTable
        label={t("explain.changeLabel")}
        headers={[t("explain.changeWhat"), t("explain.changeBefore"), t("explain.changeAfter")]}
        rows={rows.map((row) => ({
          key: row.key,
          testId: `change-${row.key}`,
          header: row.label,
          cells: [row.before, row.after],
        }))}
      />
      <p data-testid="score-change-why">
        {why === null ? t("explain.changeNoCause") : t("explain.changeWhy", { why })}
      </p>
    </TitledSection>
  );
}

function pair<T>(
  values: { from: T; to: T },
  show: (value: T) => string
): { before: string; after: string } {
  return { before: show(values.from), after: show(values.to) };
}
