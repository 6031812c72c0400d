/**
 * A refusal the pane shows as a failure: the code its heading is translated by, and the data
 * beneath (the policy's errors, the unreadable column's example, the currencies and their rows).
 */
import type { DisplayLocale } from "../../i18n/locales";
import { policyIssueMessage } from "../../i18n/policy-issues";
import type { ReviewRefusal } from "../../workbook/workbook-review";
import type { PaneFailure } from "./review-state";

type FailureRefusal = Extract<
  ReviewRefusal,
  { kind: "policy" | "columnUnreadable" | "mixedCurrencies" | "amountsTooLarge" }
>;

export function refusalFailure(refusal: FailureRefusal, locale: DisplayLocale): PaneFailure {
  switch (refusal.kind) {
    case "policy": {
      const errors = (
        refusal.issues === null
          ? refusal.errors
          : refusal.issues.map((issue) => policyIssueMessage(issue, locale))
      ).join("; ");
      // A sheet's policy names the sheet, so the user knows which one to correct or replace.
      return {
        code: "POLICY_REFUSED",
        detail: refusal.sheet === null ? errors : `${refusal.sheet}: ${errors}`,
      };
    }
    case "columnUnreadable": {
      const { column } = refusal;
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
        code: "COLUMN_UNREADABLE",
        detail: `${column.sheet}!${column.example.cell}: ${column.example.value}`,
        params,
      };
    }
    case "mixedCurrencies": {
      const { sheet, currencies } = refusal.ledger;
      const counted = currencies.map((entry) => `${entry.currency} ${entry.rows}`).join(", ");
      return {
        code: "MIXED_CURRENCIES",
        detail: `${sheet}: ${counted}`,
        params: { sheet, currencies: counted },
      };
    }
    case "amountsTooLarge": {
      const { sheet, column, header, limit } = refusal.ledger;
      return {
        code: "AMOUNTS_TOO_LARGE",
        detail: `${sheet}!${column}: ${limit}`,
        params: { sheet, column, header, limit },
      };
    }
  }
}
