/** Notes about a write in Traditional Chinese (列 = row). */
import type { PlanNoteTexts } from "../plan-note-messages";

export const ZH_TW_PLAN_NOTES: PlanNoteTexts = {
  items: {
    customer: "客戶「{id}」",
    invoice: "客戶「{customerId}」的發票「{id}」",
  },
  templates: {
    ROW_OUTSIDE_TABLE:
      "工作表「{sheet}」第 {row} 列：{item}不在表格的資料列 {firstRow}-{lastDataRow} 之內，其結果未寫入該列。",
    ROW_SHARED: "工作表「{sheet}」第 {row} 列：{item}與另一結果同在一列，只寫入了第一個。",
    "NO_ROW_ON_SHEET.customer": "{item}在工作表「{sheet}」中沒有所在列，其結果只見於其他工作表。",
    "NO_ROW_ON_SHEET.invoice": "{item}在工作表「{sheet}」中沒有所在列，只計入帳齡分析表。",
    TEXT_CUT:
      "工作表「{sheet}」儲存格 {cell}：一段 {length} 個字元的文字被截為 {limit} 個字元，這是儲存格所能容納的上限。",
    HISTORY_REVIEW_LEFT_OUT:
      "工作表「{sheet}」：{asOf} 的審查未列入歷史，否則該表將超過 Excel 的 {maxRow} 列。",
    AGING_TOTALS_DIFFER:
      "工作表「{sheet}」：審查的合計與其客戶列之和不一致；寫入的合計為所示各列之和。請回報此次審查。",
  },
};
