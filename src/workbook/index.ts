/** The workbook layer's reading half: a raw workbook → the review input, the layout, problems and questions. */
export { readWorkbook, WORKBOOK_MESSAGES } from "./read-workbook";
export type { ReadOptions, ReadResult } from "./read-workbook";
export type {
  ColumnMapping,
  MappingCandidate,
  MappingRequest,
  RoleMapping,
} from "./column-mapping";
export { readPolicySheet, parsePolicySheet, POLICY_MESSAGES } from "./read-policy-sheet";
export type { PolicySheetResult } from "./read-policy-sheet";
export { policyToRows } from "./policy-rows";
export type { PolicyRow } from "./policy-rows";
export { readCreditLog } from "./read-credit-log";
export type { CreditLogRead } from "./read-credit-log";
export { READ_CODES } from "./read-problem";
export type { ReadCode } from "./read-problem";
export { dayOrderForLocale } from "./date-order";
export type { DayOrder } from "./date-order";
