/** A labelled progress bar for a long read or write, with Cancel while cancelling is safe. */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { ProgressUpdate } from "../../ports/workbook-port";
import { usePaneLanguage } from "../../pane-context";

export interface ReviewProgressProps {
  phase: "read" | "apply";
  progress: ProgressUpdate | null;
  onCancel?: () => void;
}

export function ReviewProgress({ phase, progress, onCancel }: ReviewProgressProps) {
  const { t, format } = usePaneLanguage();
  const share =
    progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  const label = phase === "read" ? t("progress.reading") : t("progress.writing");
  const hint =
    progress && progress.total > 0
      ? t("progress.count", {
          done: format.integer(progress.done),
          total: format.integer(progress.total),
        })
      : undefined;
  return (
    <div>
      <Field label={label} hint={hint}>
        <ProgressBar value={share} aria-label={label} />
      </Field>
      {onCancel && (
        <Button appearance="secondary" onClick={onCancel}>
          {t("action.cancel")}
        </Button>
      )}
    </div>
  );
}
