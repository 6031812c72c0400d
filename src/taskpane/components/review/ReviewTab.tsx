/** The everyday screen: pick the as-of date and language, run the review, preview, apply. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import { useAsOfChoice } from "../../hooks/use-as-of-choice";
import type { ReviewController } from "../../hooks/use-review";
import { usePaneLanguage, usePaneServices } from "../../pane-context";
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
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("review.asOfNotSaved", {
              detail: saveError instanceof Error ? saveError.message : String(saveError),
            })}
          </MessageBarBody>
        </MessageBar>
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
      {state.step === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{t("review.cancelled")}</MessageBarBody>
        </MessageBar>
      )}
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
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{t("review.done")}</MessageBarTitle>
              {t("review.doneDetail", { customers: state.prepared.result.customers.length })}
              {host === "excel" && (
                <div>{t(undoInOneStep ? "review.undoOneStep" : "review.undoStepwise")}</div>
              )}
            </MessageBarBody>
            {download && (
              <MessageBarActions>
                <Button appearance="primary" onClick={saveReviewed}>
                  {t("action.download")}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
          {downloadFailure !== null && (
            <MessageBar intent="error">
              <MessageBarBody>
                {t("file.downloadFailed", { detail: downloadFailure })}
              </MessageBarBody>
            </MessageBar>
          )}
          <PreviewPanel prepared={state.prepared} onSelectCustomer={onSelectCustomer} />
          <ProblemsPanel problems={state.prepared.problems} />
        </>
      )}
    </div>
  );
}
