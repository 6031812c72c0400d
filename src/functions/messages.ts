/** The words of every argument failure, so that each message is written once. */

export const MESSAGES = {
  required: (name: string) => `${name} is blank: a value is required`,
  notANumber: (name: string, value: string) => `${name} must be a number, not "${value}"`,
  notABoolean: (name: string, value: string) => `${name} must be TRUE or FALSE, not "${value}"`,
  notAWholeNumber: (name: string, value: number) => `${name} must be a whole number, not ${value}`,
  notADate: (name: string, value: string) =>
    `${name} must be a date (a serial number or YYYY-MM-DD text), not "${value}"`,
  dateOutOfRange: (name: string, value: number, min: number, max: number) =>
    `${name} ${value} is not a usable date: serials run from ${min} (1900-03-01) to ${max} (9999-12-31)`,
  belowMinimum: (name: string, value: number, min: number) =>
    `${name} must be at least ${min}, not ${value}`,
  notPositive: (name: string, value: number) => `${name} must be greater than 0, not ${value}`,
  outOfRange: (name: string, value: number, min: number, max: number) =>
    `${name} must be between ${min} and ${max}, not ${value}`,
  exceeds: (name: string, value: number, otherName: string, other: number) =>
    `${name} (${value}) cannot exceed ${otherName} (${other})`,
  tooLarge: (name: string, value: number) => `${name} ${value} is too large to count exactly`,
  unknownLanguage: (value: string, supported: readonly string[]) =>
    `language "${value}" is not supported: use ${supported.join(", ")}`,
  shapeMismatch: (rows: number, columns: number, weightRows: number, weightColumns: number) =>
    `weights (${weightRows}×${weightColumns}) must have the same shape as ratings (${rows}×${columns})`,
  noWeight: "the weights add up to 0: at least one weight must be positive",
  edgesNotAscending: (previous: number, next: number) =>
    `edges must rise strictly from left to right: ${next} follows ${previous}`,
  noEdges: "edges is empty: give at least one upper edge in days, e.g. {0,30,60,90,180}",
  bucketBeyondRates: (bucket: number, count: number) =>
    `bucketIndex ${bucket} has no roll rate: rollRates holds ${count} (one per aging bucket, 1 = Not due)`,
  insufficientData: (coverage: number, minCoverage: number) =>
    `insufficient data: ${formatPercent(coverage)} of the weight is rated, ${formatPercent(minCoverage)} is needed`,
  nothingRated: "insufficient data: no rating is filled in",
  dateSystemUnknown: (reason: string) =>
    `the workbook's date system (1900 or 1904) could not be read (${reason}), so a text date or today's date cannot be placed in it: use date cells, and TODAY() as the as-of date`,
  asOfRequired: (todayForm: string) =>
    `asOfDate is blank: give the review date (a date cell, or TODAY()), or use ${todayForm} for today`,
} as const;

function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}
