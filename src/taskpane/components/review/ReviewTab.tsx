/** The everyday screen: pick the as-of date and language, run the review, preview, apply. */
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { useAsOfChoice } from "../../hooks/use-as-of-choice";
import type { ReviewController } from "../../hooks/use-review";
import { usePaneLanguage, usePaneServices } from "../../pane-context";
import { Notice } from "../common/Notice";
import { AsOfField } from "./AsOfField";
import { FailureBar } from "./FailureBar";
import { LanguageSwitch } from "./LanguageSwitch";
import { MappingForm } from "./MappingForm";
import { PreviewPanel } from "./PreviewPanel";
import { ProblemsPanel } from "./ProblemsPanel";
import { ReviewProgress } from "./ReviewProgress";

export interface ReviewTabProps {
  controller: ReviewController;
  onSelectCustomer(customerId: string): void;
}

export function ReviewTab({ controller, onSelectCustomer }: ReviewTabProps) {
  const { t } = usePaneLanguage();
  const { settings, today, download, host, undoInOneStep } = usePaneServices();
  const { asOf, setAsOf, saveError } = useAsOfChoice(settings, today);
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const saveReviewed = () => {
    if (!download) return;
    setDownloadFailure(null);
    download().catch((error: unknown) =>
      setDownloadFailure(error instanceof Error ? error.message : String(error))
    );
  };
  const { state } = controller;
  const busy = state.step === "reading" || state.step === "applying";
  const run = () => {
    if (asOf !== null) void controller.run(asOf);
  };

  return (
    <div className="review-tab">
      <AsOfField value={asOf} onChange={setAsOf} />
      {saveError !== null && (
        <Notice intent="warning">
          {t("review.asOfNotSaved", {
            detail: saveError instanceof Error ? saveError.message : String(saveError),
          })}
        </Notice>
      )}
      <LanguageSwitch />
      <div className="button-row">
        <Button appearance="primary" disabled={busy || asOf === null} onClick={run}>
          {t("action.runReview")}
        </Button>
      </div>

      {state.step === "reading" && (
        <ReviewProgress phase="read" progress={state.progress} onCancel={controller.cancel} />
      )}
      {state.step === "applying" && <ReviewProgress phase="apply" progress={state.progress} />}
      {state.step === "failed" && <FailureBar failure={state.failure} onRetry={run} />}
      {state.step === "cancelled" && <Notice>{t("review.cancelled")}</Notice>}
      {state.step === "mapping" && (
        <>
          <MappingForm
            requests={state.requests}
            onSubmit={(choices) => {
              if (asOf !== null) void controller.chooseColumns(choices, asOf);
            }}
            onCancel={controller.reset}
          />
          <ProblemsPanel problems={state.problems} />
        </>
      )}
      {state.step === "preview" && (
        <>
          <PreviewPanel
            prepared={state.prepared}
            onApply={() => void controller.apply()}
            onCancel={controller.cancel}
            onSelectCustomer={onSelectCustomer}
          />
          <ProblemsPanel problems={state.prepared.problems} />
        </>
      )}
      {state.step === "done" && (
        <>
          <Notice
            intent="success"
            title={t("review.done")}
            action={
              download && { label: t("action.download"), onClick: saveReviewed, primary: true }
            }
          >
            {t("review.doneDetail", { customers: state.prepared.result.customers.length })}
            {host === "excel" && (
              <div>{t(undoInOneStep ? "review.undoOneStep" : "review.undoStepwise")}</div>
            )}
          </Notice>
          {downloadFailure !== null && (
            <Notice intent="error">{t("file.downloadFailed", { detail: downloadFailure })}</Notice>
          )}
          <PreviewPanel prepared={state.prepared} onSelectCustomer={onSelectCustomer} />
          <ProblemsPanel problems={state.prepared.problems} />
        </>
      )}
    </div>
  );
}
