/** Why a Credit Changes row changed, in words, for the preview grid. */
import type { Grade } from "../../../engine/types";
import type { CreditChangeRow } from "../../../workbook/credit-changes";
import type { PaneLanguage } from "../../pane-context";

export function gradeText(grade: Grade | null, language: Pick<PaneLanguage, "t">): string {
  return grade ?? language.t("grade.none");
}

/** The adjustment reasons, then a grade move; with neither, the order base moved the limit. */
export function changeWhy(
  row: CreditChangeRow,
  language: Pick<PaneLanguage, "t" | "labels">
): string {
  if (row.change === "newCustomer") return language.t("change.new");
  const causes = row.reasons.map((code) => language.labels.reasons[code]);
  if (row.previousGrade !== row.newGrade)
    causes.push(
      language.t("cause.grade", {
        from: gradeText(row.previousGrade, language),
        to: gradeText(row.newGrade, language),
      })
    );
  return causes.length > 0 ? causes.join("; ") : language.t("cause.base");
}
