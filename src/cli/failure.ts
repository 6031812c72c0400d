/**
 * Expected failures of the command, each as ONE sentence in the chosen language and an exit
 * code: 1 when the review is refused (a bad file, a missing sheet or column, a bad policy),
 * 2 for a usage error. The sentence names the file, sheet or column and the expected headers.
 */
import { DEFAULT_LIMITS, LegacyOrEncryptedError, SheetTooLargeError } from "../file";
import type { XlsxFileError } from "../file";
import { columnLetter } from "../workbook/plan-address";
import type { RefusalOf, ReviewRefusal } from "../workbook/review-refusal";
import type { DisplayLocale } from "../i18n";
import type { CliWords } from "../i18n/cli-messages";
import { policyIssueMessage } from "../i18n/policy-issues";
import { problemMessage } from "../i18n/problem-messages";

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the command expects and explains; anything else is unexpected. */
export class CliFailure extends Error {
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = "CliFailure";
    this.exitCode = exitCode;
  }
}

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
}

const quoted = (words: readonly string[]): string => words.map((word) => `"${word}"`).join(" / ");

const SENTENCE_ENDS = new Set([".", "!", "?", "。", "！", "？"]);

/** The first line of what a library said, without its stack, closed as a sentence: the refusal is printed as one. */
function detailOf(error: Error): string {
  const cause = error.cause instanceof Error ? error.cause : error;
  const line = cause.message.split("\n")[0].trim();
  return SENTENCE_ENDS.has(line.at(-1) ?? "") ? line : `${line}.`;
}

/** A refused .xlsx (not found, not a workbook, damaged, a zip bomb, too large, the input as output). */
export function fileFailure(
  error: XlsxFileError,
  file: string,
  sizeBytes: number | null,
  words: CliWords
): CliFailure {
  switch (error.code) {
    case "NOT_FOUND":
      return new CliFailure(EXIT.refused, words("file.notFound", { file }));
    case "NOT_XLSX": {
      const notXlsx = words("file.notXlsx", { file });
      // Old .xls files and password-protected workbooks share one signature: say both.
      const legacy = error instanceof LegacyOrEncryptedError;
      return new CliFailure(
        EXIT.refused,
        legacy ? `${notXlsx} ${words("file.encrypted", { file })}` : notXlsx
      );
    }
    case "CORRUPT":
      return new CliFailure(EXIT.refused, words("file.corrupt", { file, detail: detailOf(error) }));
    case "ZIP_BOMB":
      return new CliFailure(EXIT.refused, words("file.zipBomb.any", { file }));
    case "TOO_LARGE":
      return new CliFailure(
        EXIT.refused,
        words("file.tooLarge", {
          file,
          sizeMb: megabytes(sizeBytes ?? 0),
          limitMb: megabytes(DEFAULT_LIMITS.maxFileBytes),
        })
      );
    case "SHEET_TOO_LARGE":
      return new CliFailure(
        EXIT.refused,
        error instanceof SheetTooLargeError
          ? words(error.measured ? "file.sheetTooLargeRead" : "file.sheetTooLarge", {
              file,
              sheet: error.sheet,
              range: error.range,
              cells: error.cells.toLocaleString("en"),
              limit: error.maxCells.toLocaleString("en"),
            })
          : error.message
      );
    case "OVERWRITE_INPUT":
      return new CliFailure(EXIT.usage, words("file.sameAsInput"));
  }
}

/** The field's name in the reader's language: English, or the Chinese header in the locale's script. */
function fieldName(expected: readonly string[], field: string, locale: DisplayLocale): string {
  const [english, ...chinese] = expected;
  if (locale === "zh-CN" && chinese.length > 0) return chinese[0];
  if (locale === "zh-TW" && chinese.length > 0) return chinese[chinese.length - 1];
  return english ?? field;
}

/** A refused policy's reasons in the reader's language: each wrong value, or why the sheet was not read. */
function policyDetail(refusal: RefusalOf<"POLICY_REFUSED">, locale: DisplayLocale): string {
  const { issues, notRead } = refusal.params;
  if (notRead !== null) return problemMessage(notRead, locale);
  return issues.map((issue) => policyIssueMessage(issue, locale)).join("; ");
}

/** Why the review could not run, worded for the reader. */
export function refusalFailure(
  refusal: ReviewRefusal,
  words: CliWords,
  locale: DisplayLocale,
  policyFile: string | null
): CliFailure {
  const fail = (message: string) => new CliFailure(EXIT.refused, message);
  const sheet = refusal.place.sheet ?? "";
  switch (refusal.code) {
    case "SHEET_MISSING": {
      const { role, sheetNames, headers } = refusal.params;
      const missing = words("sheet.missing", {
        role: words(`role.${role}`),
        expected: quoted(sheetNames),
      });
      return fail(words("sheet.missingHeaders", { message: missing, headers: headers.join(", ") }));
    }
    case "SHEET_EMPTY":
      return fail(
        words("sheet.missingHeaders", {
          message: words("sheet.empty", { sheet }),
          headers: refusal.params.headers.join(", "),
        })
      );
    case "COLUMN_UNMAPPED": {
      const { reason, expected, candidates } = refusal.params;
      const field = fieldName(expected, refusal.params.field, locale);
      if (reason === "missing")
        return fail(words("column.missing", { sheet, field, expected: quoted(expected) }));
      const columns = candidates
        .map((candidate) => `${columnLetter(candidate.column)} (${candidate.header})`)
        .join(", ");
      return fail(
        `${words("column.duplicate", { sheet, field, columns })} ${words("column.ambiguousHint")}`
      );
    }
    case "POLICY_REFUSED": {
      const detail = policyDetail(refusal, locale);
      if (refusal.params.source === "given")
        return fail(words("policy.invalid", { file: policyFile ?? "", detail }));
      return fail(words("policy.sheetRefused", { sheet, detail }));
    }
    case "UNREADABLE": {
      const { problem } = refusal.params;
      return fail(problem === null ? words("review.unreadable") : problemMessage(problem, locale));
    }
    case "COLUMN_UNREADABLE": {
      const found = refusal.params;
      const header =
        found.header.length > 0 ? words("column.unreadableHeader", { header: found.header }) : "";
      if (found.cause === "noResult")
        return fail(
          words("column.noResults", {
            sheet: found.sheet,
            column: found.column,
            header,
            row: found.firstRow ?? "",
            count: found.unreadable,
          })
        );
      return fail(
        words("column.unreadable", {
          sheet: found.sheet,
          unreadable: found.unreadable,
          values: found.values,
          column: found.column,
          header,
          cell: found.example.cell,
          example: found.example.value,
        })
      );
    }
    case "MIXED_CURRENCIES": {
      const { currencies } = refusal.params;
      const named = currencies.map((entry) =>
        words("currency.rows", { currency: entry.currency, rows: entry.rows })
      );
      return fail(
        words("currency.mixed", {
          sheet: refusal.params.sheet,
          count: currencies.length,
          currencies: named.join(words("currency.separator")),
        })
      );
    }
    case "AMOUNTS_TOO_LARGE": {
      const { column, header, limit } = refusal.params;
      return fail(
        words("amounts.tooLarge", {
          sheet: refusal.params.sheet,
          column,
          header: header.length > 0 ? words("column.unreadableHeader", { header }) : "",
          limit,
        })
      );
    }
    case "OUTPUT_PAST_LAST_COLUMN":
      return fail(words("output.pastLastColumn", refusal.params));
  }
}
