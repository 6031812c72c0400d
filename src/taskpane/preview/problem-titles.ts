/**
 * A title in words for each problem code of the reader and the engine; a code the pane does not
 * know yet is shown as it is (its English message is always shown beside it).
 */
import type { MessageKey } from "../i18n/messages";
import type { Translate } from "../i18n/translate";

const PROBLEM_TITLE_KEYS: Record<string, MessageKey> = {
  SHEET_MISSING: "problem.SHEET_MISSING",
  SHEET_EMPTY: "problem.SHEET_EMPTY",
  SHEET_NOT_READ: "problem.SHEET_NOT_READ",
  COLUMN_MISSING: "problem.COLUMN_MISSING",
  COLUMN_AMBIGUOUS: "problem.COLUMN_AMBIGUOUS",
  MAPPING_INVALID: "problem.MAPPING_INVALID",
  COLUMNS_UNUSED: "problem.COLUMNS_UNUSED",
  HEADER_RESEMBLES: "problem.HEADER_RESEMBLES",
  MISSING_VALUE: "problem.MISSING_VALUE",
  MISSING_ID: "problem.MISSING_ID",
  NOT_A_DATE: "problem.NOT_A_DATE",
  AMBIGUOUS_DATE: "problem.AMBIGUOUS_DATE",
  TWO_DIGIT_YEAR: "problem.TWO_DIGIT_YEAR",
  DATE_BEFORE_1900: "problem.DATE_BEFORE_1900",
  DATE_OUT_OF_RANGE: "problem.DATE_OUT_OF_RANGE",
  NOT_A_NUMBER: "problem.NOT_A_NUMBER",
  NOT_TERMS: "problem.NOT_TERMS",
  NOT_A_WHOLE_NUMBER: "problem.NOT_A_WHOLE_NUMBER",
  NEGATIVE_NUMBER: "problem.NEGATIVE_NUMBER",
  TOO_MANY_DECIMALS: "problem.TOO_MANY_DECIMALS",
  AMOUNT_ROUNDED: "problem.AMOUNT_ROUNDED",
  NUMBER_TOO_LARGE: "problem.NUMBER_TOO_LARGE",
  PERCENT_NOT_ALLOWED: "problem.PERCENT_NOT_ALLOWED",
  CELL_ERROR: "problem.CELL_ERROR",
  FORMULA_NO_RESULT: "problem.FORMULA_NO_RESULT",
  ID_PRECISION_LOST: "problem.ID_PRECISION_LOST",
  NOT_AN_ID: "problem.NOT_AN_ID",
  ID_LEADING_ZEROS: "problem.ID_LEADING_ZEROS",
  NOT_YES_NO: "problem.NOT_YES_NO",
  UNKNOWN_STATUS: "problem.UNKNOWN_STATUS",
  UNKNOWN_WORD: "problem.UNKNOWN_WORD",
  TEXT_TRUNCATED: "problem.TEXT_TRUNCATED",
  CURRENCY_CONFLICT: "problem.CURRENCY_CONFLICT",
  PAID_OPEN_MISMATCH: "problem.PAID_OPEN_MISMATCH",
  MERGED_CELLS: "problem.MERGED_CELLS",
  HIDDEN_ROWS: "problem.HIDDEN_ROWS",
  TOTAL_ROW_SKIPPED: "problem.TOTAL_ROW_SKIPPED",
  ROWS_BELOW_TABLE: "problem.ROWS_BELOW_TABLE",
  UNKNOWN_POLICY_KEY: "problem.UNKNOWN_POLICY_KEY",
  POLICY_VALUE: "problem.POLICY_VALUE",
  POLICY_INVALID: "problem.POLICY_INVALID",
  LOG_ROW_UNREADABLE: "problem.LOG_ROW_UNREADABLE",
  OUTPUT_MAP_UNREADABLE: "problem.OUTPUT_MAP_UNREADABLE",
  UNKNOWN_INVOICE: "problem.UNKNOWN_INVOICE",
  PROMISE_BEFORE_LINE: "problem.PROMISE_BEFORE_LINE",
  DUPLICATE_CUSTOMER: "problem.DUPLICATE_CUSTOMER",
  INVALID_NUMBER: "problem.INVALID_NUMBER",
  INVOICE_AFTER_AS_OF: "problem.INVOICE_AFTER_AS_OF",
  NO_DUE_DATE: "problem.NO_DUE_DATE",
  ORDER_AFTER_AS_OF: "problem.ORDER_AFTER_AS_OF",
  OTHER_CURRENCY: "problem.OTHER_CURRENCY",
  PAID_AFTER_AS_OF: "problem.PAID_AFTER_AS_OF",
  RATING_OUT_OF_RANGE: "problem.RATING_OUT_OF_RANGE",
  UNAPPLIED_CREDIT: "problem.UNAPPLIED_CREDIT",
  UNKNOWN_CUSTOMER: "problem.UNKNOWN_CUSTOMER",
};

export function problemTitle(code: string, t: Translate): string {
  const key = PROBLEM_TITLE_KEYS[code];
  return key ? t(key) : code;
}
