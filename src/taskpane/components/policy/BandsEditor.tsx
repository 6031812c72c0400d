/** Grade bands (lowest score of A, B, C, D) and limit bands (score, multiplier %, terms). */
import "../../i18n/late-words";
import type { Policy } from "../../../engine/policy";
import { usePaneLanguage } from "../../pane-context";
import { PolicyNumberField } from "./PolicyNumberField";
import { PolicySection } from "./PolicySection";

export function GradeBandsEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  return (
    <PolicySection legend={t("policy.gradeBands")}>
      {policy.grades.map((band, index) => (
        <PolicyNumberField
          key={band.grade}
          label={t("policy.gradeMinScore", { grade: band.grade })}
          path={`grades.${index}.minScore`}
          value={band.minScore}
        />
      ))}
    </PolicySection>
  );
}

export function LimitBandsEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  return (
    <PolicySection legend={t("policy.limitBands")}>
      {policy.limit.bands.map((band, index) => (
        <PolicySection key={index} nested legend={t("policy.band", { number: index + 1 })}>
          <PolicyNumberField
            label={t("policy.bandMinScore")}
            path={`limit.bands.${index}.minScore`}
            value={band.minScore}
          />
          <PolicyNumberField
            label={t("policy.bandMultiplier")}
            path={`limit.bands.${index}.multiplier`}
            value={band.multiplier}
            scale={100}
          />
          <PolicyNumberField
            label={t("policy.bandTerms")}
            path={`limit.bands.${index}.termsDays`}
            value={band.termsDays}
          />
        </PolicySection>
      ))}
    </PolicySection>
  );
}
