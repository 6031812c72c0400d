/**
 * The manual status column (§6: bankrupt, changed business, assets frozen → suspended by hand).
 * Words are matched whole, after case, width and spaces are ignored, so that "not suspended"
 * is never read as "suspended". A yes/no value means "suspended: yes/no". Unknown words are
 * reported and the customer is not suspended by them.
 */
import { parseYesNoCell } from "./parse-yes-no";
import type { Parsed } from "./parsed";
import { errorCellFailure, parseFailure, parsedValue } from "./parsed";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES } from "./read-problem";
import { headerKey } from "./text-normalise";

const SUSPEND_WORDS = [
  "suspended",
  "suspend",
  "bankrupt",
  "bankruptcy",
  "frozen",
  "assets frozen",
  "changed business",
  "closed",
  "stop credit",
  "credit stopped",
  "on hold",
  // An account blocked for credit, as ERP customer masters mark it.
  "blocked",
  "credit blocked",
  "credit block",
  "credit hold",
  "暂停",
  "暫停",
  "停止",
  "停止信用",
  "停止授信",
  "破产",
  "破產",
  "冻结",
  "凍結",
  "资产冻结",
  "資產凍結",
  "转行",
  "轉行",
  "转业",
  "轉業",
  "停业",
  "停業",
  "倒闭",
  "倒閉",
];
const ACTIVE_WORDS = ["active", "normal", "ok", "open", "正常", "活跃", "活躍", "有效"];

const SUSPEND = new Set(SUSPEND_WORDS.map(headerKey));
const ACTIVE = new Set(ACTIVE_WORDS.map(headerKey));

/** true = suspended by hand, false = explicitly not. */
export function parseManualStatusCell(cell: RawCell): Parsed<boolean> {
  if (cell !== null && typeof cell === "object" && isRawError(cell)) return errorCellFailure(cell);
  if (typeof cell === "string") {
    const key = headerKey(cell);
    if (SUSPEND.has(key)) return parsedValue(true);
    if (ACTIVE.has(key)) return parsedValue(false);
  }
  const yesNo = parseYesNoCell(cell);
  if (yesNo.ok) return yesNo;
  return parseFailure(READ_CODES.unknownStatus);
}
