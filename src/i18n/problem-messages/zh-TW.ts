/** Problem sentences in Traditional Chinese (列 = row, 欄 = column). */
import type { ProblemTexts } from "../problem-messages";

export const ZH_TW_PROBLEMS: ProblemTexts = {
  place: {
    cell: "{sheet}!{cell}",
    cellHeader: "（{header}）",
    cellValue: "「{shown}」",
    rowSheet: "{sheet}",
    rowNumber: "，第 {row} 列",
    rowColumn: "，{column} 欄",
    unknownCode: "{place}：{code}",
  },
  consequences: {
    rowLeftOut: "該列不計入",
    valueIgnored: "該值不予採用",
    rowKept: "該列仍然計入",
    logRowLeftOut: "該記錄列不予採用",
    historyRowKept: "該列原樣保留，不計入歷史",
    explanationLeftOut: "該列仍然採用，但不含解釋其下次變動所需的資料",
  },
  sheetRoles: { customers: "客戶", receivables: "應收帳款", orders: "訂單" },
  roleRows: { customers: "客戶", receivables: "應收帳款", orders: "訂單" },
  templates: {
    SHEET_MISSING:
      "找不到{sheetRole}工作表。請將工作表命名為 {names}，或為表格設定以下標題：{headers}。",
    SHEET_NOT_READ:
      "{sheet}：工作表延伸到 {range}（{cells} 個儲存格），超過可載入記憶體的 {limit} 個儲存格，未讀取。請刪除遠離表格的儲存格，或分割該工作表，然後重新執行。",
    "SHEET_NOT_READ.declared":
      "{sheet}：工作表宣告其延伸到 {range}（{cells} 個儲存格），超過可載入記憶體的 {limit} 個儲存格，未讀取。請刪除遠離表格的儲存格，或分割該工作表，然後重新執行。",
    SHEET_EMPTY: "{sheet}：{sheetRole}工作表為空；應為帶有以下標題的表格：{headers}。",
    COLUMN_MISSING:
      "{sheet}：沒有「{label}」欄（應有 {expected} 之類的標題）。請新增該欄，或在欄對應中選擇一欄；在此之前不讀取該工作表。",
    COLUMN_AMBIGUOUS:
      "{sheet}：有多欄都可能是「{label}」：{candidates}。請在欄對應中選擇其一；在此之前不讀取該工作表。",
    "MAPPING_INVALID.unknownField": "{sheet}：已儲存的欄對應包含未知欄位「{field}」，已忽略。",
    "MAPPING_INVALID.badColumn":
      "{sheet}：已儲存的欄對應把「{field}」放在第 {mappedColumn} 欄，該欄不在表格內；改為依標題辨識。",
    "MAPPING_INVALID.chosenSheetMissing":
      "已儲存的欄對應從工作表「{chosenSheet}」讀取{roleRows}，但該工作表不存在；改為依標題辨識各工作表。",
    "MAPPING_INVALID.headerNotFound":
      "{sheet}：欄對應把「{field}」放在標題「{header}」下，但表格中沒有該標題的欄。",
    "MAPPING_INVALID.headerAmbiguous":
      "{sheet}：欄對應把「{field}」放在標題「{header}」下，但有多欄是該標題：{candidates}。",
    "MAPPING_INVALID.savedHeaderGone":
      "{sheet}：「{field}」儲存為標題「{header}」下的 {mappedColumn} 欄，但表格中已沒有唯一一欄是該標題；已放棄該選擇，改為依標題辨識。",
    "MAPPING_INVALID.sameColumn":
      "{sheet}：欄對應把「{otherField}」和「{field}」都放在 {mappedColumn} 欄；「{field}」未從該欄讀取。",
    COLUMNS_UNUSED: "{sheet}：未使用的欄：{headers}。",
    HEADER_RESEMBLES:
      "{sheet}，第 {letter} 欄（「{header}」）：看起來像「{label}」，但不相符，因此不讀取。請修改標題，或在欄對應中選擇該欄。",
    HIDDEN_ROWS: "{sheet}：已包含 {count} 個隱藏或被篩選的列（它們也是資料）。",
    "HIDDEN_ROWS.one": "{sheet}：已包含 {count} 個隱藏或被篩選的列（它也是資料）。",
    TOTAL_ROW_SKIPPED: "{sheet}：第 {rows} 列看起來是合計列，已略過。",
    "TOTAL_ROW_SKIPPED.one": "{sheet}：第 {rows} 列看起來是合計列，已略過。",
    ROWS_BELOW_TABLE: "{sheet}：表格下方第 {rows} 列未讀取（空白列之後的內容不是表格資料）。",
    "ROWS_BELOW_TABLE.one": "{sheet}：表格下方第 {rows} 列未讀取（空白列之後的內容不是表格資料）。",
    ORDERS_SHEET_NOT_USED:
      "{sheet}：未作為訂單表讀取（沒有訂單日期和金額欄）；本次評審按沒有訂單表進行。",
    GROUP_HEADER_ROW:
      "{sheet}：表頭上方第 {groupRow} 列是分組標題（{titles}）；已作為標題而非資料讀取，與其下第 {headerRow} 列的表頭合併。",
    MERGED_CELLS:
      "{sheet}：資料區有 {count} 個合併範圍（第一個為 {first}）；其中每個儲存格都讀取左上角的值。",
    "MERGED_CELLS.one":
      "{sheet}：資料區有 {count} 個合併範圍（{first}）；其中每個儲存格都讀取左上角的值。",
    OUTPUT_COLUMN_LEFT:
      "{place}：此欄是先前審查寫入的輸出欄，寫入後已被修改；已原樣保留，現歸您所有（不再需要可自行刪除）。",
    OUTPUT_MAP_UNREADABLE:
      "工作表「{sheet}」第 {mapRow} 列：輸出位置記錄中的「{record}」記錄無法讀取，已忽略。",

    MISSING_ID: "{place}：缺少編號；{consequence}",
    "MISSING_ID.customer": "{place}：缺少客戶編號；{consequence}",
    "MISSING_VALUE.invoiceNo": "{place}：缺少發票號碼；{consequence}",
    "MISSING_VALUE.invoiceDate": "{place}：缺少發票日期；{consequence}",
    "MISSING_VALUE.amount": "{place}：缺少金額；{consequence}",
    "MISSING_VALUE.orderDate": "{place}：缺少訂單日期；{consequence}",
    "MISSING_VALUE.customerName": "{place}：缺少客戶名稱；{consequence}",
    "MISSING_VALUE.logField": "{place}：缺少數值；{consequence}",
    NOT_A_DATE: "{place}：不是日期；{consequence}",
    "NOT_A_DATE.calendar": "{place}：不是有效的日曆日期；{consequence}",
    AMBIGUOUS_DATE:
      "{place}：日與月無法區分（兩種讀法都成立）：請依 2026-03-05 的格式輸入，或設定活頁簿的地區；{consequence}",
    TWO_DIGIT_YEAR: "{place}：兩位數年份：請輸入完整年份（如 2026），以免猜錯世紀；{consequence}",
    DATE_BEFORE_1900:
      "{place}：不支援 1900-03-01 之前的日期（Excel 的 1900 年閏年錯誤）；{consequence}",
    DATE_OUT_OF_RANGE: "{place}：晚於 Excel 的最後日期 9999-12-31；{consequence}",
    NOT_TERMS:
      '{place}：不是付款條件（可寫天數如 45、"Net 45"、"45 days"、"2/10 net 30"、"Due on receipt"、"30天"、"月結30天"）；{consequence}',
    NOT_A_NUMBER: "{place}：不是數字；{consequence}",
    NOT_A_WHOLE_NUMBER: "{place}：必須是整數；{consequence}",
    NEGATIVE_NUMBER: "{place}：不能為負數；{consequence}",
    TOO_MANY_DECIMALS:
      "{place}：小數位數多於幣別的小數位（{decimals} 位），無法確定原意金額；{consequence}",
    AMOUNT_ROUNDED: "{place}：小數位數多於幣別的小數位；已四捨五入為 {rounded}",
    NUMBER_TOO_LARGE: "{place}：數值過大，不能作為金額；{consequence}",
    AMBIGUOUS_SEPARATOR:
      "{place}：可能是 {asDot}，也可能是 {asComma}：該欄其他數值未表明哪個符號是小數點；{consequence}",
    PERCENT_NOT_ALLOWED: "{place}：此處不應填寫百分比；{consequence}",
    "PERCENT_NOT_ALLOWED.amount": "{place}：百分比不能作為金額；{consequence}",
    CELL_ERROR: "{place}：儲存格顯示錯誤值 {error}；{consequence}",
    FORMULA_NO_RESULT: "{place}：公式沒有計算結果（請重新計算活頁簿並儲存）；{consequence}",
    ID_PRECISION_LOST:
      "{place}：該數字超過 15 位，已被 Excel 捨入，無法復原（請將該欄設為文字格式後重新輸入）；{consequence}",
    NOT_AN_ID: "{place}：不是有效的編號；{consequence}",
    ID_LEADING_ZEROS:
      "{place}：已比對到客戶「{customer}」（兩張工作表中的前導零不同；共 {rows} 列）",
    "ID_LEADING_ZEROS.one":
      "{place}：已比對到客戶「{customer}」（兩張工作表中的前導零不同；共 {rows} 列）",
    UNKNOWN_INVOICE: "{place}：應收帳款中客戶 {customer} 沒有發票 {invoice}；該催收記錄不予採用",
    PROMISE_BEFORE_LINE:
      "{place}：承諾付款日 {promised} 早於該記錄的日期 {lineDate}；該記錄的付款承諾不予採用",
    NOT_YES_NO: "{place}：不是「是/否」值（請填寫 是/否、Y/N、TRUE/FALSE 或 1/0）；{consequence}",
    UNKNOWN_STATUS:
      "{place}：無法辨識的手動狀態：請填寫 暫停 / 破產 / 凍結、正常，或留空；{consequence}",
    UNKNOWN_WORD: "{place}：不是以下值之一：{accepted}；{consequence}",
    TEXT_TRUNCATED: "{place}：{length} 個字元的文字已截斷至 Excel 的上限 {limit} 個字元",
    CURRENCY_CONFLICT: "{place}：金額中寫明幣別 {inCell}，而幣別欄為 {inColumn}；{consequence}",
    PAID_OPEN_MISMATCH:
      "{place}：金額 {amount} − 已付金額 {paid} 不等於未付金額 {open}；以已付金額為準",

    UNKNOWN_POLICY_KEY: "{place}：未知的政策參數；忽略該列",
    "POLICY_VALUE.duplicateKey": "{place}：該參數出現兩次；採用第一列",
    "POLICY_VALUE.missingValue": "{place}：缺少數值；保留預設值",
    "POLICY_VALUE.notANumber": "{place}：不是數字；保留預設值",
    "POLICY_VALUE.listKeyNotBlank":
      "{place}：記錄清單須每個欄位佔一列（如 limit.bands.1.minScore）；如需空清單，請將此儲存格留空；保留預設值",
    "POLICY_VALUE.listNotNumbers": "{place}：應為以逗號分隔的數字清單；保留預設值",
    "POLICY_VALUE.listGaps":
      "{sheet}：{path}：序號必須為 1、2、3… 連續編號（實際為 {found}）；保留預設清單",
    "POLICY_VALUE.listFieldMissing": "{sheet}：{path}：缺少 {key}；保留預設清單",
    POLICY_INVALID: "{sheet}：信用政策被拒絕：{error}",
    "LOG_ROW_UNREADABLE.notAGrade": "{place}：不是有效的等級（A、B、C、D 或留空）；{consequence}",
    "LOG_ROW_UNREADABLE.historyGrade":
      "{place}：不是有效的等級（A、B、C、D 或留空）；{consequence}",
    "LOG_ROW_UNREADABLE.historyStatus":
      "{place}：不是有效的狀態代碼（OK、REDUCE、SUSPEND 或留空）；{consequence}",
    "LOG_ROW_UNREADABLE.historyEdges":
      "{place}：不是帳齡段分界（整數天，遞增，以逗號分隔）；{consequence}",
    "LOG_ROW_UNREADABLE.historyEdgesDiffer":
      "{place}：帳齡段分界與同一次評審的第 {firstRow} 列不同；{consequence}",
    "LOG_ROW_UNREADABLE.historyDuplicate":
      "{place}：該客戶已在同一次評審的第 {firstRow} 列；{consequence}",
    "LOG_ROW_UNREADABLE.notAStatus":
      "{place}：不是有效的狀態代碼（OK、REDUCE、SUSPEND）；{consequence}",
    "LOG_ROW_UNREADABLE.unknownReason": "{place}：未知的原因代碼 {codes}；不計入原因",
    "LOG_ROW_UNREADABLE.notABaseSource":
      "{place}：不是基數來源（orders 或 newCustomer）；{consequence}",
    "LOG_ROW_UNREADABLE.unknownReasons": "{place}：未知的原因代碼 {codes}；不計入原因",

    "DUPLICATE_CUSTOMER.first": "{place}：客戶編號「{value}」出現多次；採用此第一列。",
    "DUPLICATE_CUSTOMER.ignored": "{place}：客戶編號「{value}」出現多次；忽略此列，採用第一列。",
    "UNKNOWN_CUSTOMER.invoice":
      "{place}：客戶「{value}」不在客戶工作表中；該發票仍依此編號計算帳齡。",
    "UNKNOWN_CUSTOMER.order": "{place}：客戶「{value}」不在客戶工作表中；該訂單不計入。",
    INVOICE_AFTER_AS_OF: "{place}：發票日期晚於基準日；該列不納入本次評審。",
    ORDER_AFTER_AS_OF: "{place}：訂單日期晚於基準日；不納入本次評審。",
    PAID_AFTER_AS_OF: "{place}：付款日期晚於基準日；暫不計入。",
    NO_DUE_DATE: "{place}：既無到期日也無付款期限；以發票日期作為到期日。",
    OTHER_CURRENCY:
      "{place}：幣別 {currency} 與本次評審的幣別 {reviewCurrency} 不同；該列不計入，絕不與其合計。",
    RATING_OUT_OF_RANGE: "{place}：評分 {value} 超出 0..{ratingMax} 的範圍；該評價因素不計入評分。",
    "UNAPPLIED_CREDIT.creditNote": "{place}：未沖銷的貸項通知單；列為未沖銷貸項，不計入帳齡區間。",
    "UNAPPLIED_CREDIT.overpayment":
      "{place}：溢付款（已付金額超過發票金額）；列為未沖銷貸項，不計入帳齡區間。",
    "INVALID_NUMBER.unshippedOrders": "{place}：未出貨訂單金額不可用；不計入風險暴露。",
    "INVALID_NUMBER.badPayments3m": "{place}：不良付款次數必須大於或等於 0；不適用該規則。",
    "INVALID_NUMBER.order": "{place}：{column} 不可用；該訂單不計入。",
    "INVALID_NUMBER.amount": "{place}：{column} 不是可用的金額；該列不計入。",
    "INVALID_NUMBER.days": "{place}：{column} 不是可用的整數天數；該列不計入。",
  },
};
