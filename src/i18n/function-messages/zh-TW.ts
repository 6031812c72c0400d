/** Why a custom function gives no answer, in Traditional Chinese (列 = row, 欄 = column). */
import type { FunctionMessageTexts } from "../function-messages";

export const ZH_TW_FUNCTION_MESSAGES: FunctionMessageTexts = {
  place: {
    item: "{argument}（第 {item} 項）",
    cell: "{argument}（第 {row} 列，第 {column} 欄）",
  },
  templates: {
    required: "{name} 為空：必須填寫",
    notANumber: "{name} 必須是數字，而不是「{value}」",
    notABoolean: "{name} 必須是 TRUE 或 FALSE，而不是「{value}」",
    notAWholeNumber: "{name} 必須是整數，而不是 {value}",
    notADate: "{name} 必須是日期（序列值或 YYYY-MM-DD 文字），而不是「{value}」",
    dateOutOfRange:
      "{name} {value} 不是可用的日期：序列值範圍為 {min}（1900-03-01）至 {max}（9999-12-31）",
    belowMinimum: "{name} 不能小於 {min}，而不是 {value}",
    notPositive: "{name} 必須大於 0，而不是 {value}",
    outOfRange: "{name} 必須介於 {min} 和 {max} 之間，而不是 {value}",
    exceeds: "{name}（{value}）不能超過 {otherName}（{other}）",
    tooLarge: "{name} {value} 太大，無法精確計算",
    unknownLanguage: "不支援語言「{value}」：請使用 {supported}",
    shapeMismatch:
      "weights（{weightRows}×{weightColumns}）必須與 ratings（{rows}×{columns}）形狀相同",
    noWeight: "權重總和為 0：至少一個權重必須大於 0",
    edgesNotAscending: "edges 必須由左至右嚴格遞增：{previous} 之後是 {next}",
    noEdges: "edges 為空：請至少給出一個以天為單位的上限，例如 {0,30,60,90,180}",
    bucketBeyondRates:
      "bucketIndex {bucket} 沒有對應的滾動率：rollRates 只有 {count} 個（每個帳齡區間一個，1 = 未到期）",
    insufficientData: "資料不足：已評分的權重佔 {coveragePercent}%，至少需要 {minCoveragePercent}%",
    nothingRated: "資料不足：沒有填寫任何評分",
    dateSystemUnknown:
      "無法讀取活頁簿的日期系統（1900 或 1904）（{detail}），因此無法放置文字日期或今天的日期：請使用日期儲存格，並以 TODAY() 作為評估日期",
    dateSystemNoExcelApi:
      "無法讀取活頁簿的日期系統（1900 或 1904）（此處的函數無法使用 Excel 的 API），因此無法放置文字日期或今天的日期：請使用日期儲存格，並以 TODAY() 作為評估日期",
    dateSystemNeither:
      "無法讀取活頁簿的日期系統（1900 或 1904）（Excel 對 DATE(2000,1,1) 的回答為 {answer}，不屬於任一系統），因此無法放置文字日期或今天的日期：請使用日期儲存格，並以 TODAY() 作為評估日期",
    asOfRequired:
      "asOfDate 為空：請給出評估日期（日期儲存格或 TODAY()），或使用 {todayForm} 表示今天",
  },
};
