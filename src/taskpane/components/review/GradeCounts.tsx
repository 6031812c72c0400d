/** How many customers land in each grade, with the count of grade moves and limit changes. */
import { Badge } from "@fluentui/react-components";
import { usePaneLanguage } from "../../pane-context";
import type { GradeKey, ReviewSummary } from "../../../workbook/review-summary";

const GRADE_ORDER: GradeKey[] = ["A", "B", "C", "D", "none"];
const GRADE_COLOURS: Record<GradeKey, "success" | "brand" | "warning" | "danger" | "informative"> =
  {
    A: "success",
    B: "brand",
    C: "warning",
    D: "danger",
    none: "informative",
  };

export function GradeCounts({ summary }: { summary: ReviewSummary }) {
  const { t, format } = usePaneLanguage();
  return (
    <section aria-label={t("preview.gradeCounts")}>
      <ul className="grade-counts" aria-label={t("preview.gradeCounts")}>
        {GRADE_ORDER.map((grade) => (
          <li key={grade}>
            <Badge appearance="filled" color={GRADE_COLOURS[grade]}>
              {grade === "none" ? t("grade.none") : t("grade.label", { grade })}
            </Badge>{" "}
            <span data-testid={`grade-count-${grade}`}>
              {format.integer(summary.gradeCounts[grade])}
            </span>
          </li>
        ))}
      </ul>
      <p>
        {t("preview.summary", {
          customers: format.integer(summary.customers),
          moves: format.integer(summary.gradeMoves),
          raised: format.integer(summary.raised),
          lowered: format.integer(summary.lowered),
          newCustomers: format.integer(summary.newCustomers),
        })}
      </p>
    </section>
  );
}
