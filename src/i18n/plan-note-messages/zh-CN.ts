/** Notes about a write in Simplified Chinese (行 = row). */
import type { PlanNoteTexts } from "../plan-note-messages";

export const ZH_CN_PLAN_NOTES: PlanNoteTexts = {
  items: {
    customer: "客户“{id}”",
    invoice: "客户“{customerId}”的发票“{id}”",
  },
  templates: {
    ROW_OUTSIDE_TABLE:
      "工作表“{sheet}”第 {row} 行：{item}不在表格的数据行 {firstRow}-{lastDataRow} 之内，其结果未写入该行。",
    ROW_SHARED: "工作表“{sheet}”第 {row} 行：{item}与另一结果同在一行，只写入了第一个。",
    "NO_ROW_ON_SHEET.customer": "{item}在工作表“{sheet}”中没有所在行，其结果只见于其他工作表。",
    "NO_ROW_ON_SHEET.invoice": "{item}在工作表“{sheet}”中没有所在行，只计入账龄分析表。",
    TEXT_CUT:
      "工作表“{sheet}”单元格 {cell}：一段 {length} 个字符的文本被截为 {limit} 个字符，这是单元格所能容纳的上限。",
    HISTORY_REVIEW_LEFT_OUT:
      "工作表“{sheet}”：{asOf} 的审查未列入历史，否则该表将超过 Excel 的 {maxRow} 行。",
    AGING_TOTALS_DIFFER:
      "工作表“{sheet}”：审查的合计与其客户行之和不一致；写入的合计为所示各行之和。请报告此次审查。",
  },
};
