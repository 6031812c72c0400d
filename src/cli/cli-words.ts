/**
 * The command line's words: the language layer's CLI catalogs plus the few sentences the summary
 * and the refusals need that those catalogs do not have yet. The extra ones are kept here, in
 * the three languages and checked like the others (same keys, same placeholders), until they
 * move into `src/i18n/cli-messages/`.
 */
import { CLI_CATALOGS, createTranslator } from "../i18n";
import type { Catalogs, CliMessageKey, DisplayLocale, Translator } from "../i18n";

const EXTRA_EN_US = {
  "summary.customersReviewed": "Customers reviewed",
  "summary.customers": "Customers",
  "summary.amount": "Amount",
  "summary.noGrade": "no grade",
  "summary.netOpen": "Net open receivables",
  "summary.dso": "DSO",
  "summary.dsoCountback": "Countback DSO",
  "summary.notAvailable": "not available",
  "summary.problemsBySheet": "Problems by sheet",
  "summary.wholeWorkbook": "(workbook)",
  "summary.outputNotes": "About the output:",
  "summary.policyFrom.given": "Policy from {file}",
  "summary.policyFrom.sheet": "Policy from the workbook's sheet",
  "summary.policyFrom.default": "Built-in policy",
  "sheet.missingHeaders": "{message} Or give a table the headers: {headers}.",
  "column.ambiguousHint": "The review does not guess which one is meant.",
  "file.zipBomb.any":
    "{file} would unpack far beyond its size or into too many parts; refused as unsafe (a zip bomb or a damaged file).",
  "file.jsonSameAsInput":
    "--json must name a new file: the workbook under review is never overwritten.",
  "policy.sheetRefused": 'The policy in sheet "{sheet}" was refused: {detail}',
} as const;

export type ExtraMessageKey = keyof typeof EXTRA_EN_US;

const EXTRA_ZH_CN: Record<ExtraMessageKey, string> = {
  "summary.customersReviewed": "已评审客户",
  "summary.customers": "客户数",
  "summary.amount": "金额",
  "summary.noGrade": "未评级",
  "summary.netOpen": "应收账款净额",
  "summary.dso": "应收账款周转天数",
  "summary.dsoCountback": "倒推法应收账款周转天数",
  "summary.notAvailable": "无法计算",
  "summary.problemsBySheet": "各工作表的问题",
  "summary.wholeWorkbook": "（整个工作簿）",
  "summary.outputNotes": "关于输出：",
  "summary.policyFrom.given": "信用政策取自 {file}",
  "summary.policyFrom.sheet": "信用政策取自工作簿中的工作表",
  "summary.policyFrom.default": "内置信用政策",
  "sheet.missingHeaders": "{message}或者让表格带有如下表头：{headers}。",
  "column.ambiguousHint": "评审不会猜测应使用哪一列。",
  "file.zipBomb.any":
    "{file} 解压后将远超其大小或包含过多部件；出于安全考虑不予处理（压缩炸弹或文件已损坏）。",
  "file.jsonSameAsInput": "--json 必须指定一个新文件：被评审的工作簿绝不会被覆盖。",
  "policy.sheetRefused": "工作表“{sheet}”中的信用政策被拒绝：{detail}",
};

const EXTRA_ZH_TW: Record<ExtraMessageKey, string> = {
  "summary.customersReviewed": "已評審客戶",
  "summary.customers": "客戶數",
  "summary.amount": "金額",
  "summary.noGrade": "未評級",
  "summary.netOpen": "應收帳款淨額",
  "summary.dso": "應收帳款週轉天數",
  "summary.dsoCountback": "倒推法應收帳款週轉天數",
  "summary.notAvailable": "無法計算",
  "summary.problemsBySheet": "各工作表的問題",
  "summary.wholeWorkbook": "（整個活頁簿）",
  "summary.outputNotes": "關於輸出：",
  "summary.policyFrom.given": "信用政策取自 {file}",
  "summary.policyFrom.sheet": "信用政策取自活頁簿中的工作表",
  "summary.policyFrom.default": "內建信用政策",
  "sheet.missingHeaders": "{message}或者讓表格帶有如下標題：{headers}。",
  "column.ambiguousHint": "評審不會猜測應使用哪一欄。",
  "file.zipBomb.any":
    "{file} 解壓縮後將遠超其大小或包含過多部件；基於安全考量不予處理（壓縮炸彈或檔案已損壞）。",
  "file.jsonSameAsInput": "--json 必須指定一個新檔案：被評審的活頁簿絕不會被覆寫。",
  "policy.sheetRefused": "工作表「{sheet}」中的信用政策被拒絕：{detail}",
};

export type CliWordKey = CliMessageKey | ExtraMessageKey;

export const CLI_WORD_CATALOGS: Catalogs<CliWordKey> = {
  "en-US": { ...CLI_CATALOGS["en-US"], ...EXTRA_EN_US },
  "zh-CN": { ...CLI_CATALOGS["zh-CN"], ...EXTRA_ZH_CN },
  "zh-TW": { ...CLI_CATALOGS["zh-TW"], ...EXTRA_ZH_TW },
};

export type CliWords = Translator<CliWordKey>;

export function cliWords(locale: DisplayLocale): CliWords {
  return createTranslator(locale, CLI_WORD_CATALOGS);
}
