/**
 * "Write Letters sheet": writes the last review's Letters sheet alone, through the same applier
 * as Apply (the workbook in Excel, the loaded file in file mode, then offered for download),
 * without the rest of the review. Ownership is proven as for Apply: a user's own sheet named
 * Letters is never written.
 */
import "../../i18n/late-words";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { PreparedReview } from "../../flow/prepared-review";
import { usePaneLanguage, usePaneServices } from "../../pane-context";

export interface WriteLettersButtonProps {
  prepared: PreparedReview;
  /** The name the plan gave our Letters sheet. */
  sheetName: string;
}

type WriteState =
  { step: "idle" } | { step: "writing" } | { step: "written" } | { step: "failed"; detail: string };

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function WriteLettersButton({ prepared, sheetName }: WriteLettersButtonProps) {
  const { t } = usePaneLanguage();
  const { runner, download } = usePaneServices();
  const [state, setState] = useState<WriteState>({ step: "idle" });
  const write = async () => {
    setState({ step: "writing" });
    try {
      // Never cancelled from here: the write is one short step.
      await runner.writeLetters(prepared, new AbortController().signal, () => undefined);
      setState({ step: "written" });
    } catch (error) {
      setState({ step: "failed", detail: detailOf(error) });
    }
  };
  const save = () => {
    if (!download) return;
    download().catch((error: unknown) => setState({ step: "failed", detail: detailOf(error) }));
  };
  return (
    <div>
      <Button type="button" disabled={state.step === "writing"} onClick={() => void write()}>
        {t("collections.writeLetters")}
      </Button>
      {state.step === "writing" && <p role="status">{t("collections.writingLetters")}</p>}
      {state.step === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t(download ? "collections.lettersWrittenFile" : "collections.lettersWritten", {
              sheet: sheetName,
            })}
          </MessageBarBody>
          {download && (
            <Button appearance="primary" onClick={save}>
              {t("action.download")}
            </Button>
          )}
        </MessageBar>
      )}
      {state.step === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t("collections.lettersFailed", { detail: state.detail })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
