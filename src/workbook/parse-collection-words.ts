/** The words of the collection columns: a customer's letter language, a log line's action. */
import type { ContactAction, LetterLanguage } from "../engine/types";
import { wordChoiceParser } from "./parse-word-choice";

export const parseLetterLanguageCell = wordChoiceParser<LetterLanguage>([
  ["en-US", ["en-US", "en", "English", "英文", "英语", "英語"]],
  ["zh-CN", ["zh-CN", "zh-Hans", "简体中文", "簡體中文", "简体", "簡體", "中文"]],
  ["zh-TW", ["zh-TW", "zh-Hant", "zh-HK", "繁體中文", "繁体中文", "繁體", "繁体"]],
]);

export const parseContactActionCell = wordChoiceParser<ContactAction>([
  [
    "CALL",
    [
      "call",
      "phone",
      "phone call",
      "telephone",
      "电话",
      "電話",
      "致电",
      "致電",
      "打电话",
      "打電話",
      "电话催收",
      "電話催收",
    ],
  ],
  [
    "EMAIL",
    [
      "e-mail",
      "email",
      "mail",
      "邮件",
      "郵件",
      "电邮",
      "電郵",
      "电子邮件",
      "電子郵件",
      "发邮件",
      "發郵件",
    ],
  ],
  ["LETTER", ["letter", "dunning letter", "信函", "函件", "催款函", "信件"]],
  [
    "VISIT",
    [
      "visit",
      "拜访",
      "拜訪",
      "上门",
      "上門",
      "走访",
      "走訪",
      "上门拜访",
      "上門拜訪",
      "上门催收",
      "上門催收",
    ],
  ],
  [
    "AGENCY",
    ["agency", "collection agency", "收账机构", "收帳機構", "催收机构", "催收機構", "委外催收"],
  ],
  ["LEGAL", ["legal", "legal action", "lawsuit", "法律", "法律行动", "法律行動", "诉讼", "訴訟"]],
]);
