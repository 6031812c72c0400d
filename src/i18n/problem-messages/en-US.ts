/**
 * Problem sentences in English. Keys are a problem code, or `CODE.variant` when one code has
 * several sentences; `place.unknownCode` words a code no template knows.
 */
export const EN_US_PROBLEMS = {
  place: {
    cell: "{sheet}!{cell}",
    cellHeader: " ({header})",
    cellValue: ' "{shown}"',
    rowSheet: "{sheet}",
    rowNumber: ", row {row}",
    rowColumn: ", column {column}",
    unknownCode: "{place}: {code}",
  },
  consequences: {
    rowLeftOut: "the row is left out",
    valueIgnored: "the value is not used",
    rowKept: "the row is still used",
    logRowLeftOut: "the log row is left out",
    historyRowKept: "the row is kept as it is and not used in the history",
    explanationLeftOut: "the row is used without what explains its next change",
  },
  sheetRoles: { customers: "customer", receivables: "receivables", orders: "orders" },
  roleRows: { customers: "customers", receivables: "receivables", orders: "orders" },
  templates: {
    // Whole sheets and the column mapping.
    SHEET_MISSING:
      "No {sheetRole} sheet found. Name a sheet {names}, or give a table the headers {headers}.",
    SHEET_NOT_READ:
      "{sheet}: the sheet reaches {range} ({cells} cells), more than the {limit} cells a sheet may have to fit in memory; it was not read. Delete the cells far from the table, or split the sheet, and run again.",
    "SHEET_NOT_READ.declared":
      "{sheet}: the sheet declares that it reaches {range} ({cells} cells), more than the {limit} cells a sheet may have to fit in memory; it was not read. Delete the cells far from the table, or split the sheet, and run again.",
    SHEET_EMPTY:
      "{sheet}: the {sheetRole} sheet is empty; expected a table with the headers {headers}.",
    COLUMN_MISSING:
      '{sheet}: no column for "{label}" (expected a header such as {expected}). Add the column or choose one in the column mapping; the sheet is not read until then.',
    COLUMN_AMBIGUOUS:
      '{sheet}: several columns could be "{label}": {candidates}. Choose one in the column mapping; the sheet is not read until then.',
    "MAPPING_INVALID.unknownField":
      '{sheet}: the saved column mapping names an unknown field "{field}"; it was ignored.',
    "MAPPING_INVALID.badColumn":
      '{sheet}: the saved column mapping puts "{field}" in column {mappedColumn}, which is not a column of the table; the headers are used instead.',
    "MAPPING_INVALID.chosenSheetMissing":
      'The saved column mapping reads the {roleRows} from sheet "{chosenSheet}", which does not exist; the sheets were recognised by their headers instead.',
    "MAPPING_INVALID.headerNotFound":
      '{sheet}: the column mapping puts "{field}" under the header "{header}", which no column of the table has.',
    "MAPPING_INVALID.headerAmbiguous":
      '{sheet}: the column mapping puts "{field}" under the header "{header}", which several columns have: {candidates}.',
    "MAPPING_INVALID.savedHeaderGone":
      '{sheet}: "{field}" was saved as column {mappedColumn} under the header "{header}", which the table no longer has in one column; the choice was dropped and the headers decide.',
    "MAPPING_INVALID.sameColumn":
      '{sheet}: the column mapping gives both "{otherField}" and "{field}" column {mappedColumn}; "{field}" was not read from it.',
    COLUMNS_UNUSED: "{sheet}: Not used: {headers}.",
    HEADER_RESEMBLES:
      '{sheet}, column {letter} ("{header}"): looks like "{label}" but does not match it, so it is not read. Rename the header or choose the column in the column mapping.',
    HIDDEN_ROWS: "{sheet}: {count} hidden or filtered rows were included (they are data).",
    "HIDDEN_ROWS.one": "{sheet}: {count} hidden or filtered row was included (they are data).",
    TOTAL_ROW_SKIPPED: "{sheet}: rows {rows} look like a totals line and were skipped.",
    "TOTAL_ROW_SKIPPED.one": "{sheet}: row {rows} looks like a totals line and was skipped.",
    ROWS_BELOW_TABLE:
      "{sheet}: rows {rows} below the table were not read (after a blank row, they are not table data).",
    "ROWS_BELOW_TABLE.one":
      "{sheet}: row {rows} below the table was not read (after a blank row, it is not table data).",
    ORDERS_SHEET_NOT_USED:
      "{sheet}: not read as the orders sheet (it has no order date and amount columns); the review runs without an orders sheet.",
    GROUP_HEADER_ROW:
      "{sheet}: row {groupRow} above the headers holds group titles ({titles}); it was read as titles, not data, with the headers of row {headerRow} under them.",
    MERGED_CELLS:
      "{sheet}: {count} merged ranges in the data (first {first}); each of their cells reads the top-left value.",
    "MERGED_CELLS.one":
      "{sheet}: {count} merged range in the data (first {first}); each of its cells reads the top-left value.",
    OUTPUT_COLUMN_LEFT:
      "{place}: an output column of an earlier review, changed since it was written; it was left as it is and is yours now (delete it if you no longer need it).",
    OUTPUT_MAP_UNREADABLE:
      'Sheet "{sheet}", row {mapRow}: unreadable "{record}" record of the output map; it was ignored.',

    // One cell of a data sheet.
    MISSING_ID: "{place}: missing id; {consequence}",
    "MISSING_ID.customer": "{place}: missing customer id; {consequence}",
    "MISSING_VALUE.invoiceNo": "{place}: missing invoice number; {consequence}",
    "MISSING_VALUE.invoiceDate": "{place}: missing invoice date; {consequence}",
    "MISSING_VALUE.amount": "{place}: missing amount; {consequence}",
    "MISSING_VALUE.orderDate": "{place}: missing order date; {consequence}",
    "MISSING_VALUE.customerName": "{place}: missing customer name; {consequence}",
    "MISSING_VALUE.logField": "{place}: missing value; {consequence}",
    NOT_A_DATE: "{place}: not a date; {consequence}",
    "NOT_A_DATE.calendar": "{place}: not a calendar date; {consequence}",
    AMBIGUOUS_DATE:
      "{place}: ambiguous day and month (could be read either way): type it as 2026-03-05 or set the workbook's locale; {consequence}",
    TWO_DIGIT_YEAR:
      "{place}: two-digit year: type the full year (e.g. 2026) so the century is not guessed; {consequence}",
    DATE_BEFORE_1900:
      "{place}: dates before 1900-03-01 are not supported (Excel's 1900 leap-year bug); {consequence}",
    DATE_OUT_OF_RANGE: "{place}: beyond 9999-12-31, Excel's last date; {consequence}",
    NOT_TERMS:
      '{place}: not payment terms (use days such as 45, "Net 45", "45 days", "2/10 net 30", "Due on receipt", "30天"); {consequence}',
    NOT_A_NUMBER: "{place}: not a number; {consequence}",
    NOT_A_WHOLE_NUMBER: "{place}: must be a whole number; {consequence}",
    NEGATIVE_NUMBER: "{place}: must not be negative; {consequence}",
    TOO_MANY_DECIMALS:
      "{place}: more decimals than the currency has ({decimals}): the intended amount cannot be known; {consequence}",
    AMOUNT_ROUNDED: "{place}: more decimals than the currency has; rounded to {rounded}",
    NUMBER_TOO_LARGE: "{place}: too large to be an amount; {consequence}",
    AMBIGUOUS_SEPARATOR:
      "{place}: could be {asDot} or {asComma}: the column's other values do not show which mark is the decimal point; {consequence}",
    PERCENT_NOT_ALLOWED: "{place}: a percentage is not expected here; {consequence}",
    "PERCENT_NOT_ALLOWED.amount": "{place}: a percentage is not an amount; {consequence}",
    CELL_ERROR: "{place}: the cell shows the error {error}; {consequence}",
    FORMULA_NO_RESULT:
      "{place}: formula has no calculated result (recalculate the workbook and save); {consequence}",
    ID_PRECISION_LOST:
      "{place}: the number has more than 15 digits and was already rounded by Excel; it cannot be recovered (format the column as Text and type it again); {consequence}",
    NOT_AN_ID: "{place}: not an id; {consequence}",
    ID_LEADING_ZEROS:
      '{place}: matched to customer "{customer}" (the leading zeros differ between the sheets; {rows} rows)',
    "ID_LEADING_ZEROS.one":
      '{place}: matched to customer "{customer}" (the leading zeros differ between the sheets; {rows} row)',
    UNKNOWN_INVOICE:
      "{place}: the receivables have no invoice {invoice} for customer {customer}; the log line is not applied",
    PROMISE_BEFORE_LINE:
      "{place}: the promised date {promised} is before the line's date {lineDate}; the line's promise is not applied",
    NOT_YES_NO:
      "{place}: not a yes/no value (use Y/N, yes/no, TRUE/FALSE, 1/0, 是/否); {consequence}",
    UNKNOWN_STATUS:
      "{place}: unknown manual status: use suspended / bankrupt / frozen (暂停 / 破产 / 冻结), active (正常), or leave it blank; {consequence}",
    UNKNOWN_WORD: "{place}: not one of {accepted}; {consequence}",
    TEXT_TRUNCATED: "{place}: text of {length} characters cut to Excel's limit of {limit}",
    CURRENCY_CONFLICT:
      "{place}: the amount says {inCell} but the currency column says {inColumn}; {consequence}",
    PAID_OPEN_MISMATCH:
      "{place}: amount {amount} − paid {paid} does not give the open amount {open}; the paid amount is used",

    // The policy sheet and the Credit Log.
    UNKNOWN_POLICY_KEY: "{place}: unknown policy key; the row is ignored",
    "POLICY_VALUE.duplicateKey": "{place}: the key appears twice; the first row is used",
    "POLICY_VALUE.missingValue": "{place}: missing value; the default is kept",
    "POLICY_VALUE.notANumber": "{place}: not a number; the default is kept",
    "POLICY_VALUE.listKeyNotBlank":
      "{place}: a list of records is given by one row per field (e.g. limit.bands.1.minScore); leave this cell empty for an empty list; the default is kept",
    "POLICY_VALUE.listNotNumbers":
      "{place}: a list of numbers separated by commas is expected; the default is kept",
    "POLICY_VALUE.listGaps":
      "{sheet}: {path}: positions must run 1, 2, 3… without gaps (found {found}); the default list is kept",
    "POLICY_VALUE.listFieldMissing": "{sheet}: {path}: {key} is missing; the default list is kept",
    POLICY_INVALID: "{sheet}: the policy is refused: {error}",
    "LOG_ROW_UNREADABLE.notAGrade":
      "{place}: not a grade (A, B, C, D or blank); the log row is left out; {consequence}",
    "LOG_ROW_UNREADABLE.notAStatus":
      "{place}: not a status code (OK, REDUCE, SUSPEND); the log row is left out; {consequence}",
    "LOG_ROW_UNREADABLE.historyGrade": "{place}: not a grade (A, B, C, D or blank); {consequence}",
    "LOG_ROW_UNREADABLE.historyStatus":
      "{place}: not a status code (OK, REDUCE, SUSPEND or blank); {consequence}",
    "LOG_ROW_UNREADABLE.historyEdges":
      "{place}: not aging bucket edges (whole days, rising, separated by commas); {consequence}",
    "LOG_ROW_UNREADABLE.historyEdgesDiffer":
      "{place}: other bucket edges than row {firstRow} of the same review; {consequence}",
    "LOG_ROW_UNREADABLE.historyDuplicate":
      "{place}: the customer is already on row {firstRow} of the same review; {consequence}",
    "LOG_ROW_UNREADABLE.unknownReason":
      "{place}: unknown reason code {codes}; left out of the reasons",
    "LOG_ROW_UNREADABLE.notABaseSource":
      "{place}: not a base source (orders or newCustomer); {consequence}",
    "LOG_ROW_UNREADABLE.unknownReasons":
      "{place}: unknown reason codes {codes}; left out of the reasons",

    // The review's rules (engine).
    "DUPLICATE_CUSTOMER.first":
      '{place}: customer id "{value}" appears more than once; this first row is used.',
    "DUPLICATE_CUSTOMER.ignored":
      '{place}: customer id "{value}" appears more than once; this row is ignored, the first one is used.',
    "UNKNOWN_CUSTOMER.invoice":
      '{place}: customer "{value}" is not on the customer sheet; the invoice is still aged under that id.',
    "UNKNOWN_CUSTOMER.order":
      '{place}: customer "{value}" is not on the customer sheet; the order is left out.',
    INVOICE_AFTER_AS_OF:
      "{place}: the invoice is dated after the as-of date; the row is left out of the review.",
    ORDER_AFTER_AS_OF:
      "{place}: the order is dated after the as-of date; it is left out of the review.",
    PAID_AFTER_AS_OF: "{place}: the payment is dated after the as-of date; it is not counted yet.",
    NO_DUE_DATE: "{place}: no due date and no terms; the invoice date is used as the due date.",
    OTHER_CURRENCY:
      "{place}: currency {currency} differs from the review's currency {reviewCurrency}; the row is left out, never summed with it.",
    RATING_OUT_OF_RANGE:
      "{place}: rating {value} is outside 0..{ratingMax}; the factor is left out of the score.",
    "UNAPPLIED_CREDIT.creditNote":
      "{place}: an open credit note; shown as an unapplied credit, apart from the aging buckets.",
    "UNAPPLIED_CREDIT.overpayment":
      "{place}: an overpayment (paid more than the amount); shown as an unapplied credit, apart from the aging buckets.",
    "INVALID_NUMBER.unshippedOrders":
      "{place}: unshipped orders are not a usable amount; left out of the exposure.",
    "INVALID_NUMBER.badPayments3m":
      "{place}: the count of bad payments must be 0 or more; the rule is not applied.",
    "INVALID_NUMBER.order": "{place}: {column} is not usable; the order is left out.",
    "INVALID_NUMBER.amount": "{place}: {column} is not a usable amount; the row is left out.",
    "INVALID_NUMBER.days":
      "{place}: {column} is not a usable whole number of days; the row is left out.",
  },
} as const;
