/**
 * Edit the policy, see each wrong value on its field, simulate it on the last review, reset to
 * the defaults, save in the workbook.
 */
import "../../i18n/late-words";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import { DEFAULT_POLICY, type Policy } from "../../../engine/policy";
import { validatePolicy, type PolicyIssue as EngineIssue } from "../../../engine/policy-validation";
import { policyIssueMessage } from "../../../i18n/policy-issues";
import type { PreparedReview } from "../../flow/prepared-review";
import { usePolicyEditor } from "../../hooks/use-policy-editor";
import { usePaneLanguage, usePaneServices } from "../../pane-context";
import type { PolicyPath } from "../../policy-editor/set-policy-value";
import { AgingEdgesEditor } from "./AgingEdgesEditor";
import { GradeBandsEditor, LimitBandsEditor } from "./BandsEditor";
import { LimitSettingsEditor } from "./LimitSettingsEditor";
import { ADJUSTMENT_FIELDS, LIMIT_NUMBER_FIELDS, SHARE_FIELDS } from "./number-fields";
import { NumberSection } from "./NumberSection";
import { PolicyFormContext, type PolicyForm } from "./policy-form-context";
import { SimulatePanel } from "./SimulatePanel";
import { WeightsEditor } from "./WeightsEditor";

/** Every path the form shows a field for, so the engine's messages can find their field. */
export function policyFieldPaths(policy: Policy): PolicyPath[] {
  return [
    "score.factors",
    ...policy.score.factors.map((_, index) => `score.factors.${index}.weight`),
    ...policy.grades.map((_, index) => `grades.${index}.minScore`),
    ...policy.limit.bands.flatMap((_, index) => [
      `limit.bands.${index}.minScore`,
      `limit.bands.${index}.multiplier`,
      `limit.bands.${index}.termsDays`,
    ]),
    ...LIMIT_NUMBER_FIELDS.map(([key]) => `limit.${key}`),
    ...ADJUSTMENT_FIELDS.map(([key]) => `adjustments.${key}`),
    "aging.edges",
    ...SHARE_FIELDS.map(([key]) => `portfolio.${key}`),
  ];
}

export interface PolicyTabProps {
  /** The policy the last review ran with, shown when the document has none saved. */
  inUse: Policy | null;
  /** The last review, which Simulate compares the edited policy with; null before any review. */
  prepared?: PreparedReview | null;
}

export function PolicyTab({ inUse, prepared = null }: PolicyTabProps) {
  const { t, locale } = usePaneLanguage();
  const { settings } = usePaneServices();
  const wordIssue = useCallback(
    (issue: EngineIssue) => policyIssueMessage(issue, locale),
    [locale]
  );
  // The form's fields follow the default policy's shape (18 factors, 4 grades, 4 limit bands).
  const editorPaths = useMemo(() => policyFieldPaths(DEFAULT_POLICY), []);
  const editor = usePolicyEditor(settings, validatePolicy, editorPaths, inUse, wordIssue);
  const { draft, issues, engineErrors, update } = editor;

  const messagesFor = useCallback(
    (path: PolicyPath) => [
      ...issues.filter((issue) => issue.path === path).map((issue) => t(issue.key, issue.params)),
      ...(issues.length === 0 ? (engineErrors.byPath[path] ?? []) : []),
    ],
    [issues, engineErrors, t]
  );
  const form: PolicyForm = useMemo(() => ({ messagesFor, update }), [messagesFor, update]);

  return (
    <PolicyFormContext.Provider value={form}>
      <form aria-label={t("policy.title")} onSubmit={(event) => event.preventDefault()}>
        <h2>{t("policy.title")}</h2>
        <p>{t("policy.version", { version: draft.version })}</p>
        {issues.length === 0 && engineErrors.unplaced.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("policy.refused")}</MessageBarTitle>
              <ul>
                {engineErrors.unplaced.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <WeightsEditor policy={draft} />
        <GradeBandsEditor policy={draft} />
        <LimitBandsEditor policy={draft} />
        <LimitSettingsEditor policy={draft} />
        <NumberSection
          legend="policy.adjustments"
          section="adjustments"
          values={draft.adjustments}
          fields={ADJUSTMENT_FIELDS}
        />
        <AgingEdgesEditor policy={draft} />
        <NumberSection
          legend="policy.portfolio"
          section="portfolio"
          values={draft.portfolio}
          fields={SHARE_FIELDS}
          scale={100}
        />
        <SimulatePanel prepared={prepared} draft={draft} valid={editor.valid} />
        <SaveBar editor={editor} />
      </form>
    </PolicyFormContext.Provider>
  );
}

function SaveBar({ editor }: { editor: ReturnType<typeof usePolicyEditor> }) {
  const { t } = usePaneLanguage();
  return (
    <div className="button-row">
      <Button
        appearance="primary"
        disabled={!editor.valid || editor.saveState === "saving"}
        onClick={() => void editor.save()}
      >
        {t("policy.save")}
      </Button>
      <Button onClick={editor.resetToDefaults}>{t("policy.reset")}</Button>
      {editor.saveState === "saved" && <span role="status">{t("policy.saved")}</span>}
      {!editor.valid && <span role="status">{t("policy.invalid")}</span>}
      {editor.saveState === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {editor.saveErrorCode === "SETTINGS_CHANGED_ELSEWHERE"
              ? t("failure.SETTINGS_CHANGED_ELSEWHERE")
              : t("policy.saveFailed", { detail: editor.saveError ?? "" })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
