/**
 * Why a custom function gives no answer, in English: one template per reason, filled with the
 * failure's params. `{name}` is the argument at fault, already placed (`ratings (item 2)`).
 */
export const EN_US_FUNCTION_MESSAGES = {
  /** How a cell of a range argument is named in a message. */
  place: {
    item: "{argument} (item {item})",
    cell: "{argument} (row {row}, column {column})",
  },
  templates: {
    required: "{name} is blank: a value is required",
    notANumber: '{name} must be a number, not "{value}"',
    notABoolean: '{name} must be TRUE or FALSE, not "{value}"',
    notAWholeNumber: "{name} must be a whole number, not {value}",
    notADate: '{name} must be a date (a serial number or YYYY-MM-DD text), not "{value}"',
    dateOutOfRange:
      "{name} {value} is not a usable date: serials run from {min} (1900-03-01) to {max} (9999-12-31)",
    belowMinimum: "{name} must be at least {min}, not {value}",
    notPositive: "{name} must be greater than 0, not {value}",
    outOfRange: "{name} must be between {min} and {max}, not {value}",
    exceeds: "{name} ({value}) cannot exceed {otherName} ({other})",
    tooLarge: "{name} {value} is too large to count exactly",
    unknownLanguage: 'language "{value}" is not supported: use {supported}',
    shapeMismatch:
      "weights ({weightRows}×{weightColumns}) must have the same shape as ratings ({rows}×{columns})",
    noWeight: "the weights add up to 0: at least one weight must be positive",
    edgesNotAscending: "edges must rise strictly from left to right: {next} follows {previous}",
    noEdges: "edges is empty: give at least one upper edge in days, e.g. {0,30,60,90,180}",
    bucketBeyondRates:
      "bucketIndex {bucket} has no roll rate: rollRates holds {count} (one per aging bucket, 1 = Not due)",
    insufficientData:
      "insufficient data: {coveragePercent} % of the weight is rated, {minCoveragePercent} % is needed",
    nothingRated: "insufficient data: no rating is filled in",
    dateSystemUnknown:
      "the workbook's date system (1900 or 1904) could not be read ({detail}), so a text date or today's date cannot be placed in it: use date cells, and TODAY() as the as-of date",
    dateSystemNoExcelApi:
      "the workbook's date system (1900 or 1904) could not be read (Excel's API is not available to the functions here), so a text date or today's date cannot be placed in it: use date cells, and TODAY() as the as-of date",
    dateSystemNeither:
      "the workbook's date system (1900 or 1904) could not be read (Excel answered DATE(2000,1,1) with {answer}, which is neither system), so a text date or today's date cannot be placed in it: use date cells, and TODAY() as the as-of date",
    asOfRequired:
      "asOfDate is blank: give the review date (a date cell, or TODAY()), or use {todayForm} for today",
  },
};
