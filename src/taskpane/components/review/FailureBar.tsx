/** A failed review: what happened in words, and the adapter's own detail beneath. */
import type { KnownFailureCode } from "../../flow/describe-failure";
import type { PaneFailure } from "../../flow/review-state";
import type { MessageKey } from "../../i18n/messages";
import { usePaneLanguage } from "../../pane-context";
import { Notice } from "../common/Notice";

const FAILURE_KEYS: Record<KnownFailureCode, MessageKey> = {
  CELL_EDIT_MODE: "failure.CELL_EDIT_MODE",
  SHEET_MISSING: "failure.SHEET_MISSING",
  SHEET_NAME_TAKEN: "failure.SHEET_NAME_TAKEN",
  SHEET_PROTECTED: "failure.SHEET_PROTECTED",
  WRITE_INTERRUPTED: "failure.WRITE_INTERRUPTED",
  SETTINGS_NOT_SAVED: "failure.SETTINGS_NOT_SAVED",
  REQUEST_TOO_LARGE: "failure.REQUEST_TOO_LARGE",
  NOT_XLSX: "failure.NOT_XLSX",
  CORRUPT: "failure.CORRUPT",
  ZIP_BOMB: "failure.ZIP_BOMB",
  TOO_LARGE: "failure.TOO_LARGE",
  POLICY_REFUSED: "failure.POLICY_REFUSED",
  NO_FILE: "failure.NO_FILE",
  COLUMN_UNREADABLE: "failure.COLUMN_UNREADABLE",
  MIXED_CURRENCIES: "failure.MIXED_CURRENCIES",
  AMOUNTS_TOO_LARGE: "failure.AMOUNTS_TOO_LARGE",
  OUTPUT_PAST_LAST_COLUMN: "failure.OUTPUT_PAST_LAST_COLUMN",
  WORKBOOK_PROTECTED: "failure.WORKBOOK_PROTECTED",
  ROWS_MOVED: "failure.ROWS_MOVED",
  UNDO_NOT_SUPPORTED: "failure.UNDO_NOT_SUPPORTED",
  SETTINGS_NOT_REFRESHED: "failure.SETTINGS_NOT_REFRESHED",
  SETTINGS_CHANGED_ELSEWHERE: "failure.SETTINGS_CHANGED_ELSEWHERE",
};

function isKnownFailureCode(code: string): code is KnownFailureCode {
  return Object.prototype.hasOwnProperty.call(FAILURE_KEYS, code);
}

/** Refusals whose detail the pane words from their data rather than showing the adapter's text. */
const DETAIL_KEYS: Partial<Record<KnownFailureCode, MessageKey>> = {
  COLUMN_UNREADABLE: "failureDetail.COLUMN_UNREADABLE",
  MIXED_CURRENCIES: "failureDetail.MIXED_CURRENCIES",
  AMOUNTS_TOO_LARGE: "failureDetail.AMOUNTS_TOO_LARGE",
  OUTPUT_PAST_LAST_COLUMN: "failureDetail.OUTPUT_PAST_LAST_COLUMN",
};

function detailOf(failure: PaneFailure, t: ReturnType<typeof usePaneLanguage>["t"]): string {
  const key = isKnownFailureCode(failure.code) ? DETAIL_KEYS[failure.code] : undefined;
  if (key === undefined || failure.params === undefined) return failure.detail;
  const header = failure.params.header;
  return t(key, {
    ...failure.params,
    header:
      typeof header === "string" && header.length > 0
        ? t("failureDetail.columnHeader", { header })
        : "",
  });
}

export function FailureBar({ failure, onRetry }: { failure: PaneFailure; onRetry(): void }) {
  const { t } = usePaneLanguage();
  const title = isKnownFailureCode(failure.code)
    ? t(FAILURE_KEYS[failure.code])
    : t("failure.UNKNOWN");
  const detail = detailOf(failure, t);
  return (
    <Notice
      intent="error"
      multiline
      title={title}
      action={{ label: t("action.tryAgain"), onClick: onRetry }}
    >
      {/* The adapter's English sentence may say the same as the title: say it once. */}
      {detail !== title && detail}
    </Notice>
  );
}
