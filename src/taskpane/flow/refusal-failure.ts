/**
 * A refusal the pane shows as a failure: the code its heading is translated by, and the data
 * beneath (the policy's errors, the unreadable column's example, the currencies and their rows).
 */
import type { DisplayLocale } from "../../i18n/locales";
import { policyIssueMessage } from "../../i18n/policy-issues";
import { problemMessage } from "../../i18n/problem-messages";
import type { RefusalOf } from "../../workbook/review-refusal";
import type { PaneFailure } from "./review-state";

export type FailureRefusal = RefusalOf<
  | "POLICY_REFUSED"
  | "COLUMN_UNREADABLE"
  | "MIXED_CURRENCIES"
  | "AMOUNTS_TOO_LARGE"
  | "OUTPUT_PAST_LAST_COLUMN"
>;

export function refusalFailure(refusal: FailureRefusal, locale: DisplayLocale): PaneFailure {
  switch (refusal.code) {
    case "POLICY_REFUSED": {
      const { issues, notRead } = refusal.params;
      const errors =
        notRead === null
          ? issues.map((issue) => policyIssueMessage(issue, locale)).join("; ")
          : problemMessage(notRead, locale);
      const { sheet } = refusal.place;
      // A sheet's policy names the sheet, so the user knows which one to correct or replace.
      return { code: refusal.code, detail: sheet === null ? errors : `${sheet}: ${errors}` };
    }
    case "COLUMN_UNREADABLE": {
      const column = refusal.params;
      const params = {
        sheet: column.sheet,
        unreadable: column.unreadable,
        values: column.values,
        column: column.column,
        header: column.header,
        cell: column.example.cell,
        example: column.example.value,
      };
      return {
        code: refusal.code,
        detail: `${column.sheet}!${column.example.cell}: ${column.example.value}`,
        params,
      };
    }
    case "MIXED_CURRENCIES": {
      const { sheet, currencies } = refusal.params;
      const counted = currencies.map((entry) => `${entry.currency} ${entry.rows}`).join(", ");
      return {
        code: refusal.code,
        detail: `${sheet}: ${counted}`,
        params: { sheet, currencies: counted },
      };
    }
    case "AMOUNTS_TOO_LARGE": {
      const { sheet, column, header, limit } = refusal.params;
      return {
        code: refusal.code,
        detail: `${sheet}!${column}: ${limit}`,
        params: { sheet, column, header, limit },
      };
    }
    case "OUTPUT_PAST_LAST_COLUMN": {
      const { sheet, lastColumn, maxColumn } = refusal.params;
      return {
        code: refusal.code,
        detail: `${sheet}: ${lastColumn} > ${maxColumn}`,
        params: { sheet, lastColumn, maxColumn },
      };
    }
  }
}
