/**
 * A refused policy's issues (code, place as a policy path, params) as sentences in the reader's
 * language: one template per code, or per `CODE.variant` where one code has several sentences.
 */
import type { PolicyIssue, PolicyIssueCode } from "../engine/policy-validation";
import { interpolate } from "./interpolate";
import { baseLocale, type DisplayLocale, type SupportedLocale } from "./locales";

type TemplateKey =
  | Exclude<PolicyIssueCode, "OUT_OF_RANGE" | "NOT_ORDERED">
  | "OUT_OF_RANGE.between"
  | "OUT_OF_RANGE.atLeast"
  | "OUT_OF_RANGE.atMost"
  | "NOT_ORDERED.increase"
  | "NOT_ORDERED.decrease";

const EN_US: Record<TemplateKey, string> = {
  MISSING: "{path}: missing",
  NOT_OBJECT: "{path}: must be an object, found {found}",
  NOT_LIST: "{path}: must be a list, found {found}",
  TOO_FEW_ENTRIES: "{path}: needs at least {min} entries",
  NOT_NUMBER: "{path}: must be a finite number, found {found}",
  "OUT_OF_RANGE.between": "{path}: {value} is out of range: must be between {min} and {max}",
  "OUT_OF_RANGE.atLeast": "{path}: {value} is out of range: must be at least {min}",
  "OUT_OF_RANGE.atMost": "{path}: {value} is out of range: must be at most {max}",
  NOT_WHOLE: "{path}: {value} must be a whole number",
  NOT_ONE_OF: "{path}: {found} is not one of {allowed}",
  "NOT_ORDERED.increase": "{path}: {value} after {before}: values must strictly increase",
  "NOT_ORDERED.decrease": "{path}: {value} after {before}: values must strictly decrease",
  DUPLICATE_FACTOR: '{path}: factor "{factor}" appears twice',
  WEIGHT_SUM: "{path}: weights sum to {sum}, must sum to {total}",
  LOWEST_BAND_NOT_ZERO: "{path}: {value}: the lowest band must start at 0",
  ABOVE_HIGHER_BAND: "{path}: {value} is higher than the band above ({above})",
  ROUNDING_NOT_WHOLE: "{path}: {value} is not a whole number of minor units",
  ONLY_LAST_UNBOUNDED: "{path}: only the last entry may have no upper bound",
  LAST_MUST_BE_UNBOUNDED: "{path}: {found}: the last entry must have no upper bound (null)",
  SUSPEND_BEFORE_REDUCE:
    "{path}: {value} is below {reduceKey} ({reduce}): suspending must not come before reducing",
  BELOW_OTHER_SHARE: "{path}: {value} is below {other} ({otherValue})",
  NOT_TEXT: "{path}: must be a non-empty text, found {found}",
  NOT_CURRENCY: "{path}: must be a currency code or null, found {found}",
  UNKNOWN_PLACEHOLDER: "{path}: {{name}} is not a placeholder of letters",
  DUPLICATE_LETTER: "{path}: a second {language} letter for {action}",
};

const ZH_CN: Record<TemplateKey, string> = {
  MISSING: "{path}：缺失",
  NOT_OBJECT: "{path}：应为对象，实为 {found}",
  NOT_LIST: "{path}：应为列表，实为 {found}",
  TOO_FEW_ENTRIES: "{path}：至少需要 {min} 项",
  NOT_NUMBER: "{path}：应为有限数字，实为 {found}",
  "OUT_OF_RANGE.between": "{path}：{value} 超出范围：应在 {min} 与 {max} 之间",
  "OUT_OF_RANGE.atLeast": "{path}：{value} 超出范围：应不小于 {min}",
  "OUT_OF_RANGE.atMost": "{path}：{value} 超出范围：应不大于 {max}",
  NOT_WHOLE: "{path}：{value} 应为整数",
  NOT_ONE_OF: "{path}：{found} 不是 {allowed} 之一",
  "NOT_ORDERED.increase": "{path}：{value} 位于 {before} 之后：数值必须严格递增",
  "NOT_ORDERED.decrease": "{path}：{value} 位于 {before} 之后：数值必须严格递减",
  DUPLICATE_FACTOR: "{path}：因素“{factor}”出现了两次",
  WEIGHT_SUM: "{path}：权重合计为 {sum}，应为 {total}",
  LOWEST_BAND_NOT_ZERO: "{path}：{value}：最低一档必须从 0 开始",
  ABOVE_HIGHER_BAND: "{path}：{value} 高于上一档（{above}）",
  ROUNDING_NOT_WHOLE: "{path}：{value} 不是最小货币单位的整数倍",
  ONLY_LAST_UNBOUNDED: "{path}：只有最后一项可以没有上限",
  LAST_MUST_BE_UNBOUNDED: "{path}：{found}：最后一项必须没有上限（null）",
  SUSPEND_BEFORE_REDUCE: "{path}：{value} 低于 {reduceKey}（{reduce}）：暂停不得先于降额",
  BELOW_OTHER_SHARE: "{path}：{value} 低于 {other}（{otherValue}）",
  NOT_TEXT: "{path}：应为非空文本，实为 {found}",
  NOT_CURRENCY: "{path}：应为货币代码或 null，实为 {found}",
  UNKNOWN_PLACEHOLDER: "{path}：{{name}} 不是催款函的占位符",
  DUPLICATE_LETTER: "{path}：{action} 已有一封 {language} 催款函",
};

const ZH_TW: Record<TemplateKey, string> = {
  MISSING: "{path}：缺少",
  NOT_OBJECT: "{path}：應為物件，實為 {found}",
  NOT_LIST: "{path}：應為清單，實為 {found}",
  TOO_FEW_ENTRIES: "{path}：至少需要 {min} 項",
  NOT_NUMBER: "{path}：應為有限數字，實為 {found}",
  "OUT_OF_RANGE.between": "{path}：{value} 超出範圍：應介於 {min} 與 {max} 之間",
  "OUT_OF_RANGE.atLeast": "{path}：{value} 超出範圍：應不小於 {min}",
  "OUT_OF_RANGE.atMost": "{path}：{value} 超出範圍：應不大於 {max}",
  NOT_WHOLE: "{path}：{value} 應為整數",
  NOT_ONE_OF: "{path}：{found} 不是 {allowed} 之一",
  "NOT_ORDERED.increase": "{path}：{value} 位於 {before} 之後：數值必須嚴格遞增",
  "NOT_ORDERED.decrease": "{path}：{value} 位於 {before} 之後：數值必須嚴格遞減",
  DUPLICATE_FACTOR: "{path}：因素「{factor}」出現了兩次",
  WEIGHT_SUM: "{path}：權重合計為 {sum}，應為 {total}",
  LOWEST_BAND_NOT_ZERO: "{path}：{value}：最低一級必須從 0 開始",
  ABOVE_HIGHER_BAND: "{path}：{value} 高於上一級（{above}）",
  ROUNDING_NOT_WHOLE: "{path}：{value} 不是最小貨幣單位的整數倍",
  ONLY_LAST_UNBOUNDED: "{path}：只有最後一項可以沒有上限",
  LAST_MUST_BE_UNBOUNDED: "{path}：{found}：最後一項必須沒有上限（null）",
  SUSPEND_BEFORE_REDUCE: "{path}：{value} 低於 {reduceKey}（{reduce}）：停止授信不得早於降額",
  BELOW_OTHER_SHARE: "{path}：{value} 低於 {other}（{otherValue}）",
  NOT_TEXT: "{path}：應為非空文字，實為 {found}",
  NOT_CURRENCY: "{path}：應為貨幣代碼或 null，實為 {found}",
  UNKNOWN_PLACEHOLDER: "{path}：{{name}} 不是催款函的預留位置",
  DUPLICATE_LETTER: "{path}：{action} 已有一封 {language} 催款函",
};

export const POLICY_ISSUE_CATALOGS: Readonly<Record<SupportedLocale, Record<TemplateKey, string>>> =
  { "en-US": EN_US, "zh-CN": ZH_CN, "zh-TW": ZH_TW };

function templateKey(issue: PolicyIssue): TemplateKey {
  if (issue.code === "OUT_OF_RANGE") {
    if (issue.params.min === undefined) return "OUT_OF_RANGE.atMost";
    return issue.params.max === undefined ? "OUT_OF_RANGE.atLeast" : "OUT_OF_RANGE.between";
  }
  if (issue.code === "NOT_ORDERED")
    return issue.params.direction === "decrease" ? "NOT_ORDERED.decrease" : "NOT_ORDERED.increase";
  return issue.code;
}

/** The issue's sentence in `locale`, naming the setting by its path. */
export function policyIssueMessage(issue: PolicyIssue, locale: DisplayLocale): string {
  const templates = POLICY_ISSUE_CATALOGS[baseLocale(locale)];
  return interpolate(templates[templateKey(issue)], { ...issue.params, path: issue.place.path });
}
