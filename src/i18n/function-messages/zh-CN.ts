/** Why a custom function gives no answer, in Simplified Chinese (行 = row, 列 = column). */
import type { FunctionMessageTexts } from "../function-messages";

export const ZH_CN_FUNCTION_MESSAGES: FunctionMessageTexts = {
  place: {
    item: "{argument}（第 {item} 项）",
    cell: "{argument}（第 {row} 行，第 {column} 列）",
  },
  templates: {
    required: "{name} 为空：必须填写",
    notANumber: "{name} 必须是数字，而不是“{value}”",
    notABoolean: "{name} 必须是 TRUE 或 FALSE，而不是“{value}”",
    notAWholeNumber: "{name} 必须是整数，而不是 {value}",
    notADate: "{name} 必须是日期（序列号或 YYYY-MM-DD 文本），而不是“{value}”",
    dateOutOfRange:
      "{name} {value} 不是可用的日期：序列号范围为 {min}（1900-03-01）至 {max}（9999-12-31）",
    belowMinimum: "{name} 不能小于 {min}，而不是 {value}",
    notPositive: "{name} 必须大于 0，而不是 {value}",
    outOfRange: "{name} 必须介于 {min} 和 {max} 之间，而不是 {value}",
    exceeds: "{name}（{value}）不能超过 {otherName}（{other}）",
    tooLarge: "{name} {value} 太大，无法精确计算",
    unknownLanguage: "不支持语言“{value}”：请使用 {supported}",
    shapeMismatch:
      "weights（{weightRows}×{weightColumns}）必须与 ratings（{rows}×{columns}）形状相同",
    noWeight: "权重之和为 0：至少一个权重必须大于 0",
    edgesNotAscending: "edges 必须从左到右严格递增：{previous} 之后是 {next}",
    noEdges: "edges 为空：请至少给出一个以天为单位的上限，例如 {0,30,60,90,180}",
    bucketBeyondRates:
      "bucketIndex {bucket} 没有对应的滚动率：rollRates 只有 {count} 个（每个账龄段一个，1 = 未到期）",
    insufficientData: "数据不足：已评分的权重占 {coveragePercent}%，至少需要 {minCoveragePercent}%",
    nothingRated: "数据不足：没有填写任何评分",
    dateSystemUnknown:
      "无法读取工作簿的日期系统（1900 或 1904）（{detail}），因此无法放置文本日期或今天的日期：请使用日期单元格，并以 TODAY() 作为评估日期",
    dateSystemNoExcelApi:
      "无法读取工作簿的日期系统（1900 或 1904）（此处的函数无法使用 Excel 的 API），因此无法放置文本日期或今天的日期：请使用日期单元格，并以 TODAY() 作为评估日期",
    dateSystemNeither:
      "无法读取工作簿的日期系统（1900 或 1904）（Excel 对 DATE(2000,1,1) 的回答为 {answer}，不属于任一系统），因此无法放置文本日期或今天的日期：请使用日期单元格，并以 TODAY() 作为评估日期",
    asOfRequired:
      "asOfDate 为空：请给出评估日期（日期单元格或 TODAY()），或使用 {todayForm} 表示今天",
  },
};
