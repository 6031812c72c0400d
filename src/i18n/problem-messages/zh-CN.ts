/** Problem sentences in Simplified Chinese (行 = row, 列 = column). */
import type { ProblemTexts } from "../problem-messages";

export const ZH_CN_PROBLEMS: ProblemTexts = {
  place: {
    cell: "{sheet}!{cell}",
    cellHeader: "（{header}）",
    cellValue: "“{shown}”",
    rowSheet: "{sheet}",
    rowNumber: "，第 {row} 行",
    rowColumn: "，{column} 列",
    unknownCode: "{place}：{code}",
  },
  consequences: {
    rowLeftOut: "该行不计入",
    valueIgnored: "该值不予采用",
    rowKept: "该行仍然计入",
    logRowLeftOut: "该记录行不予采用",
    historyRowKept: "该行原样保留，不计入历史",
    explanationLeftOut: "该行仍然采用，但不含解释其下次变动所需的数据",
  },
  sheetRoles: { customers: "客户", receivables: "应收账款", orders: "订单" },
  roleRows: { customers: "客户", receivables: "应收账款", orders: "订单" },
  templates: {
    SHEET_MISSING:
      "未找到{sheetRole}工作表。请将工作表命名为 {names}，或为表格设置以下标题：{headers}。",
    SHEET_NOT_READ:
      "{sheet}：工作表延伸到 {range}（{cells} 个单元格），超过可载入内存的 {limit} 个单元格，未读取。请删除远离表格的单元格，或拆分该工作表，然后重新运行。",
    "SHEET_NOT_READ.declared":
      "{sheet}：工作表声明其延伸到 {range}（{cells} 个单元格），超过可载入内存的 {limit} 个单元格，未读取。请删除远离表格的单元格，或拆分该工作表，然后重新运行。",
    SHEET_EMPTY: "{sheet}：{sheetRole}工作表为空；应为带有以下标题的表格：{headers}。",
    COLUMN_MISSING:
      "{sheet}：没有“{label}”列（应有 {expected} 之类的标题）。请添加该列，或在列映射中选择一列；在此之前不读取该工作表。",
    COLUMN_AMBIGUOUS:
      "{sheet}：有多列都可能是“{label}”：{candidates}。请在列映射中选择其一；在此之前不读取该工作表。",
    "MAPPING_INVALID.unknownField": "{sheet}：已保存的列映射包含未知字段“{field}”，已忽略。",
    "MAPPING_INVALID.badColumn":
      "{sheet}：已保存的列映射把“{field}”放在第 {mappedColumn} 列，该列不在表格内；改为按标题识别。",
    "MAPPING_INVALID.chosenSheetMissing":
      "已保存的列映射从工作表“{chosenSheet}”读取{roleRows}，但该工作表不存在；改为按标题识别各工作表。",
    "MAPPING_INVALID.headerNotFound":
      "{sheet}：列映射把“{field}”放在标题“{header}”下，但表格中没有该标题的列。",
    "MAPPING_INVALID.headerAmbiguous":
      "{sheet}：列映射把“{field}”放在标题“{header}”下，但有多列是该标题：{candidates}。",
    "MAPPING_INVALID.savedHeaderGone":
      "{sheet}：“{field}”保存为标题“{header}”下的 {mappedColumn} 列，但表格中已没有唯一一列是该标题；已放弃该选择，改为按标题识别。",
    "MAPPING_INVALID.sameColumn":
      "{sheet}：列映射把“{otherField}”和“{field}”都放在 {mappedColumn} 列；“{field}”未从该列读取。",
    COLUMNS_UNUSED: "{sheet}：未使用的列：{headers}。",
    HEADER_RESEMBLES:
      "{sheet}，第 {letter} 列（“{header}”）：看起来像“{label}”，但不匹配，因此不读取。请修改标题，或在列映射中选择该列。",
    HIDDEN_ROWS: "{sheet}：已包含 {count} 个隐藏或被筛选的行（它们也是数据）。",
    "HIDDEN_ROWS.one": "{sheet}：已包含 {count} 个隐藏或被筛选的行（它也是数据）。",
    TOTAL_ROW_SKIPPED: "{sheet}：第 {rows} 行看起来是合计行，已跳过。",
    "TOTAL_ROW_SKIPPED.one": "{sheet}：第 {rows} 行看起来是合计行，已跳过。",
    ROWS_BELOW_TABLE: "{sheet}：表格下方第 {rows} 行未读取（空行之后的内容不是表格数据）。",
    "ROWS_BELOW_TABLE.one": "{sheet}：表格下方第 {rows} 行未读取（空行之后的内容不是表格数据）。",
    ORDERS_SHEET_NOT_USED:
      "{sheet}：未作为订单表读取（没有订单日期和金额列）；本次评审按没有订单表进行。",
    GROUP_HEADER_ROW:
      "{sheet}：表头上方第 {groupRow} 行是分组标题（{titles}）；已作为标题而非数据读取，与其下第 {headerRow} 行的表头合并。",
    MERGED_CELLS:
      "{sheet}：数据区有 {count} 个合并区域（第一个为 {first}）；其中每个单元格都读取左上角的值。",
    "MERGED_CELLS.one":
      "{sheet}：数据区有 {count} 个合并区域（{first}）；其中每个单元格都读取左上角的值。",
    OUTPUT_COLUMN_LEFT:
      "{place}：此列是以前审查写入的输出列，写入后已被修改；已原样保留，现归您所有（不再需要可自行删除）。",
    OUTPUT_MAP_UNREADABLE:
      "工作表“{sheet}”第 {mapRow} 行：输出位置记录中的“{record}”记录无法读取，已忽略。",

    MISSING_ID: "{place}：缺少编号；{consequence}",
    "MISSING_ID.customer": "{place}：缺少客户编号；{consequence}",
    "MISSING_VALUE.invoiceNo": "{place}：缺少发票号码；{consequence}",
    "MISSING_VALUE.invoiceDate": "{place}：缺少开票日期；{consequence}",
    "MISSING_VALUE.amount": "{place}：缺少金额；{consequence}",
    "MISSING_VALUE.orderDate": "{place}：缺少订单日期；{consequence}",
    "MISSING_VALUE.customerName": "{place}：缺少客户名称；{consequence}",
    "MISSING_VALUE.logField": "{place}：缺少数值；{consequence}",
    NOT_A_DATE: "{place}：不是日期；{consequence}",
    "NOT_A_DATE.calendar": "{place}：不是有效的日历日期；{consequence}",
    AMBIGUOUS_DATE:
      "{place}：日和月无法区分（两种读法都成立）：请按 2026-03-05 的格式输入，或设置工作簿的区域；{consequence}",
    TWO_DIGIT_YEAR: "{place}：两位数年份：请输入完整年份（如 2026），以免猜错世纪；{consequence}",
    DATE_BEFORE_1900:
      "{place}：不支持 1900-03-01 之前的日期（Excel 的 1900 年闰年错误）；{consequence}",
    DATE_OUT_OF_RANGE: "{place}：晚于 Excel 的最后日期 9999-12-31；{consequence}",
    NOT_TERMS:
      '{place}：不是付款条件（可写天数如 45、"Net 45"、"45 days"、"2/10 net 30"、"Due on receipt"、"30天"、"月结30天"）；{consequence}',
    NOT_A_NUMBER: "{place}：不是数字；{consequence}",
    NOT_A_WHOLE_NUMBER: "{place}：必须是整数；{consequence}",
    NEGATIVE_NUMBER: "{place}：不能为负数；{consequence}",
    TOO_MANY_DECIMALS:
      "{place}：小数位数多于币种的小数位（{decimals} 位），无法确定原意金额；{consequence}",
    AMOUNT_ROUNDED: "{place}：小数位数多于币种的小数位；已四舍五入为 {rounded}",
    NUMBER_TOO_LARGE: "{place}：数值过大，不能作为金额；{consequence}",
    AMBIGUOUS_SEPARATOR:
      "{place}：可能是 {asDot}，也可能是 {asComma}：该列其他数值未表明哪个符号是小数点；{consequence}",
    PERCENT_NOT_ALLOWED: "{place}：此处不应填写百分比；{consequence}",
    "PERCENT_NOT_ALLOWED.amount": "{place}：百分比不能作为金额；{consequence}",
    CELL_ERROR: "{place}：单元格显示错误值 {error}；{consequence}",
    FORMULA_NO_RESULT: "{place}：公式没有计算结果（请重新计算工作簿并保存）；{consequence}",
    ID_PRECISION_LOST:
      "{place}：该数字超过 15 位，已被 Excel 舍入，无法恢复（请将该列设为文本格式后重新输入）；{consequence}",
    NOT_AN_ID: "{place}：不是有效的编号；{consequence}",
    ID_LEADING_ZEROS: "{place}：已匹配到客户“{customer}”（两张工作表中的前导零不同；共 {rows} 行）",
    "ID_LEADING_ZEROS.one":
      "{place}：已匹配到客户“{customer}”（两张工作表中的前导零不同；共 {rows} 行）",
    UNKNOWN_INVOICE: "{place}：应收账款中客户 {customer} 没有发票 {invoice}；该催收记录不予采用",
    PROMISE_BEFORE_LINE:
      "{place}：承诺付款日 {promised} 早于该记录的日期 {lineDate}；该记录的付款承诺不予采用",
    NOT_YES_NO: "{place}：不是“是/否”值（请填写 是/否、Y/N、TRUE/FALSE 或 1/0）；{consequence}",
    UNKNOWN_STATUS:
      "{place}：无法识别的手动状态：请填写 暂停 / 破产 / 冻结、正常，或留空；{consequence}",
    UNKNOWN_WORD: "{place}：不是以下值之一：{accepted}；{consequence}",
    TEXT_TRUNCATED: "{place}：{length} 个字符的文本已截断至 Excel 的上限 {limit} 个字符",
    CURRENCY_CONFLICT: "{place}：金额中写明币种 {inCell}，而币种列为 {inColumn}；{consequence}",
    PAID_OPEN_MISMATCH:
      "{place}：金额 {amount} − 已付金额 {paid} 不等于未付金额 {open}；以已付金额为准",

    UNKNOWN_POLICY_KEY: "{place}：未知的政策参数；忽略该行",
    "POLICY_VALUE.duplicateKey": "{place}：该参数出现两次；采用第一行",
    "POLICY_VALUE.missingValue": "{place}：缺少数值；保留默认值",
    "POLICY_VALUE.notANumber": "{place}：不是数字；保留默认值",
    "POLICY_VALUE.listKeyNotBlank":
      "{place}：记录列表须每个字段占一行（如 limit.bands.1.minScore）；如需空列表，请将此单元格留空；保留默认值",
    "POLICY_VALUE.listNotNumbers": "{place}：应为以逗号分隔的数字列表；保留默认值",
    "POLICY_VALUE.listGaps":
      "{sheet}：{path}：序号必须为 1、2、3… 连续编号（实际为 {found}）；保留默认列表",
    "POLICY_VALUE.listFieldMissing": "{sheet}：{path}：缺少 {key}；保留默认列表",
    POLICY_INVALID: "{sheet}：信用政策被拒绝：{error}",
    "LOG_ROW_UNREADABLE.notAGrade": "{place}：不是有效的等级（A、B、C、D 或留空）；{consequence}",
    "LOG_ROW_UNREADABLE.historyGrade":
      "{place}：不是有效的等级（A、B、C、D 或留空）；{consequence}",
    "LOG_ROW_UNREADABLE.historyStatus":
      "{place}：不是有效的状态代码（OK、REDUCE、SUSPEND 或留空）；{consequence}",
    "LOG_ROW_UNREADABLE.historyEdges":
      "{place}：不是账龄段分界（整数天，递增，以逗号分隔）；{consequence}",
    "LOG_ROW_UNREADABLE.historyEdgesDiffer":
      "{place}：账龄段分界与同一次评审的第 {firstRow} 行不同；{consequence}",
    "LOG_ROW_UNREADABLE.historyDuplicate":
      "{place}：该客户已在同一次评审的第 {firstRow} 行；{consequence}",
    "LOG_ROW_UNREADABLE.notAStatus":
      "{place}：不是有效的状态代码（OK、REDUCE、SUSPEND）；{consequence}",
    "LOG_ROW_UNREADABLE.unknownReason": "{place}：未知的原因代码 {codes}；不计入原因",
    "LOG_ROW_UNREADABLE.notABaseSource":
      "{place}：不是基数来源（orders 或 newCustomer）；{consequence}",
    "LOG_ROW_UNREADABLE.unknownReasons": "{place}：未知的原因代码 {codes}；不计入原因",

    "DUPLICATE_CUSTOMER.first": "{place}：客户编号“{value}”出现多次；采用此第一行。",
    "DUPLICATE_CUSTOMER.ignored": "{place}：客户编号“{value}”出现多次；忽略此行，采用第一行。",
    "UNKNOWN_CUSTOMER.invoice":
      "{place}：客户“{value}”不在客户工作表中；该发票仍按此编号计算账龄。",
    "UNKNOWN_CUSTOMER.order": "{place}：客户“{value}”不在客户工作表中；该订单不计入。",
    INVOICE_AFTER_AS_OF: "{place}：开票日期晚于基准日；该行不纳入本次评审。",
    ORDER_AFTER_AS_OF: "{place}：订单日期晚于基准日；不纳入本次评审。",
    PAID_AFTER_AS_OF: "{place}：付款日期晚于基准日；暂不计入。",
    NO_DUE_DATE: "{place}：既无到期日也无付款期限；以开票日期作为到期日。",
    OTHER_CURRENCY:
      "{place}：币种 {currency} 与本次评审的币种 {reviewCurrency} 不同；该行不计入，绝不与其合计。",
    RATING_OUT_OF_RANGE: "{place}：评分 {value} 超出 0..{ratingMax} 的范围；该评价因素不计入评分。",
    "UNAPPLIED_CREDIT.creditNote": "{place}：未核销的贷项通知单；列为未核销贷项，不计入账龄区间。",
    "UNAPPLIED_CREDIT.overpayment":
      "{place}：超额付款（已付金额超过发票金额）；列为未核销贷项，不计入账龄区间。",
    "INVALID_NUMBER.unshippedOrders": "{place}：未发货订单金额不可用；不计入风险敞口。",
    "INVALID_NUMBER.badPayments3m": "{place}：不良付款次数必须大于或等于 0；不适用该规则。",
    "INVALID_NUMBER.order": "{place}：{column} 不可用；该订单不计入。",
    "INVALID_NUMBER.amount": "{place}：{column} 不是可用的金额；该行不计入。",
    "INVALID_NUMBER.days": "{place}：{column} 不是可用的整数天数；该行不计入。",
  },
};
