/**
 * "Simulate": the edited policy run over the last review's customers beside the current result
 * (grade migration, limits, terms, customers newly over their limit, suspensions). Reads and
 * writes nothing: it works on the review already in memory.
 */
import "../../i18n/late-words";
import { Button } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { subMinor } from "../../../engine/money";
import type { Policy } from "../../../engine/policy";
import type { PreparedReview } from "../../flow/prepared-review";
import { simulateEditedPolicy, type Simulation } from "../../flow/simulate-policy";
import { simulationFailureDetail } from "../../flow/simulation-failure-detail";
import type { Formatters } from "../../format/formatters";
import { useReviewView } from "../../hooks/use-review-view";
import { usePaneLanguage } from "../../pane-context";
import { Notice } from "../common/Notice";
import { TitledSection } from "../common/TitledSection";
import { gradeChanges, migrationGrid } from "../../policy-editor/migration-grid";
import { MigrationGridTable } from "./MigrationGridTable";

export interface SimulatePanelProps {
  prepared: PreparedReview | null;
  draft: Policy;
  valid: boolean;
}

export function SimulatePanel({ prepared, draft, valid }: SimulatePanelProps) {
  const { t } = usePaneLanguage();
  const [outcome, setOutcome] = useState<{ simulation: Simulation; policy: Policy } | null>(null);
  const { format } = useReviewView(prepared, draft);
  return (
    <TitledSection title={t("simulate.title")} level={3}>
      <p>{t("simulate.hint")}</p>
      {prepared === null ? (
        <p>{t("simulate.runFirst")}</p>
      ) : (
        <Button
          type="button"
          disabled={!valid}
          onClick={() =>
            setOutcome({ simulation: simulateEditedPolicy(prepared, draft), policy: draft })
          }
        >
          {t("simulate.run")}
        </Button>
      )}
      {prepared !== null && !valid && <span role="status">{t("simulate.invalid")}</span>}
      {outcome !== null && outcome.policy !== draft && <p role="status">{t("simulate.stale")}</p>}
      {outcome !== null && <SimulationResult simulation={outcome.simulation} format={format} />}
    </TitledSection>
  );
}

function SimulationResult({ simulation, format }: { simulation: Simulation; format: Formatters }) {
  const { t, locale } = usePaneLanguage();
  const grid = useMemo(
    () => (simulation.kind === "done" ? migrationGrid(simulation.whatIf.migration) : []),
    [simulation]
  );
  if (simulation.kind === "failed")
    return (
      <Notice intent="error">
        {t("simulate.failed", {
          detail: simulationFailureDetail(simulation, locale, t("simulate.engineRefused")),
        })}
      </Notice>
    );
  const { whatIf } = simulation;
  const meanDays = (value: number | null) => (value === null ? "–" : format.number(value, 1));
  const withIds = (text: string, ids: string[]) =>
    ids.length === 0 ? text : `${text} (${ids.join(", ")})`;
  return (
    <div data-testid="simulation">
      {simulation.keptMoneyUnit && <Notice intent="warning">{t("simulate.needsReview")}</Notice>}
      <p role="status">
        {t("simulate.result", { customers: simulation.customers, changed: gradeChanges(grid) })}
      </p>
      <MigrationGridTable rows={grid} format={format} />
      <ul aria-label={t("simulate.title")}>
        <li>
          {t("simulate.totalLimit", {
            from: format.money(whatIf.totalLimit.from),
            to: format.money(whatIf.totalLimit.to),
            delta: format.money(subMinor(whatIf.totalLimit.to, whatIf.totalLimit.from)),
          })}
        </li>
        <li>
          {t("simulate.terms", {
            raised: whatIf.terms.raised,
            lowered: whatIf.terms.lowered,
            from: meanDays(whatIf.terms.mean.from),
            to: meanDays(whatIf.terms.mean.to),
          })}
        </li>
        <li>
          {withIds(
            t("simulate.newlyOverLimit", { count: whatIf.newlyOverLimit.length }),
            whatIf.newlyOverLimit
          )}
        </li>
        <li>
          {withIds(
            t("simulate.suspensionsAdded", { count: whatIf.suspensionsAdded.length }),
            whatIf.suspensionsAdded
          )}
        </li>
        <li>
          {withIds(
            t("simulate.suspensionsLifted", { count: whatIf.suspensionsLifted.length }),
            whatIf.suspensionsLifted
          )}
        </li>
        <li>
          {whatIf.allowance === null
            ? t("simulate.allowanceUnavailable")
            : simulation.earlierReviews === 0
              ? t("simulate.allowance", {
                  from: format.money(whatIf.allowance.from),
                  to: format.money(whatIf.allowance.to),
                })
              : t("simulate.allowanceHistory", {
                  // The current review counts too: it is the last snapshot of the history.
                  reviews: simulation.earlierReviews + 1,
                  from: format.money(whatIf.allowance.from),
                  to: format.money(whatIf.allowance.to),
                })}
        </li>
      </ul>
    </div>
  );
}
