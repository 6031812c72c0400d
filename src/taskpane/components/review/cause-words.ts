/** A change cause in words, for the preview grid. */
import type { Grade } from "../../../engine/types";
import type { PaneLanguage } from "../../pane-context";
import type { ChangeCause } from "../../preview/compare-with-log";

export function gradeText(grade: Grade | null, language: Pick<PaneLanguage, "t">): string {
  return grade ?? language.t("grade.none");
}

export function causeText(
  cause: ChangeCause,
  language: Pick<PaneLanguage, "t" | "labels" | "format">
): string {
  switch (cause.kind) {
    case "reason":
      return language.labels.reasons[cause.code];
    case "grade":
      return language.t("cause.grade", {
        from: gradeText(cause.from, language),
        to: gradeText(cause.to, language),
      });
    case "score":
      return language.t("cause.score", {
        from: cause.from === null ? "–" : language.format.number(cause.from),
        to: cause.to === null ? "–" : language.format.number(cause.to),
      });
    case "base":
      return language.t("cause.base");
  }
}
