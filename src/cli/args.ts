/**
 * Command-line arguments of `credit-desk`, parsed with Node's own `util.parseArgs`.
 * Pure: returns what was asked, or a usage error; nothing is read or written here.
 */
import { parseArgs } from "node:util";
import { FIRST_SAFE_SERIAL, serialFromIso } from "../engine/dates";

export interface ReviewCommand {
  command: "review";
  workbook: string;
  asOf: string | null;
  policyPath: string | null;
  outPath: string | null;
  jsonPath: string | null;
  lang: string | null;
  quiet: boolean;
}

export type ParsedArgs =
  | ReviewCommand
  | { command: "help"; lang: string | null }
  | { command: "error"; code: ArgsErrorCode; detail: string; lang: string | null };

export type ArgsErrorCode = "UNKNOWN_COMMAND" | "MISSING_WORKBOOK" | "BAD_OPTION" | "BAD_DATE";

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one), after Excel's 1900 leap-year bug. */
function isCalendarDay(text: string): boolean {
  try {
    return serialFromIso(text) >= FIRST_SAFE_SERIAL;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

export function parseCommandLine(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        policy: { type: "string" },
        out: { type: "string" },
        json: { type: "string" },
        lang: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    // parseArgs throws a TypeError whose message names the unknown or malformed option.
    return { command: "error", code: "BAD_OPTION", detail: (error as Error).message, lang: null };
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? null;
  if (values.help || positionals.length === 0) return { command: "help", lang };
  const [command, workbook] = positionals;
  if (command !== "review")
    return { command: "error", code: "UNKNOWN_COMMAND", detail: command, lang };
  if (!workbook) return { command: "error", code: "MISSING_WORKBOOK", detail: "", lang };
  if (positionals.length > 2)
    return {
      command: "error",
      code: "BAD_OPTION",
      detail: `unexpected argument '${positionals[2]}'`,
      lang,
    };
  const asOf = values["as-of"] ?? null;
  if (asOf !== null && !isCalendarDay(asOf))
    return { command: "error", code: "BAD_DATE", detail: asOf, lang };
  return {
    command: "review",
    workbook,
    asOf,
    policyPath: values.policy ?? null,
    outPath: values.out ?? null,
    jsonPath: values.json ?? null,
    lang,
    quiet: values.quiet ?? false,
  };
}
