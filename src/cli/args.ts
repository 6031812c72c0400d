/**
 * Command-line arguments of `credit-desk`, parsed with Node's own `util.parseArgs` and checked
 * against one table of options (`OPTIONS`): adding an option is one entry there and one field
 * where its command is built. Pure: returns what was asked, or a usage error with the words to
 * say it in the chosen language; nothing is read or written here.
 */
import { parseArgs } from "node:util";
import { FIRST_SAFE_SERIAL, serialFromIso } from "../engine/dates";
import type { ColumnChoiceLayer } from "./column-choice";
import type { MapOptionErrorCode } from "./map-option";
import { parseMapOptions } from "./map-option";

export type CommandName = "review" | "policy";
const COMMANDS: readonly CommandName[] = ["review", "policy"];

interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** Repeatable: every occurrence is kept, in order. */
  multiple?: boolean;
  /** The commands the option belongs to; elsewhere it is a usage error. */
  commands: readonly CommandName[];
}

/** Every option of every command. */
export const OPTIONS = {
  "as-of": { type: "string", commands: ["review"] },
  policy: { type: "string", commands: ["review"] },
  "compare-policy": { type: "string", commands: ["review"] },
  out: { type: "string", commands: ["review"] },
  json: { type: "string", commands: ["review"] },
  letters: { type: "string", commands: ["review"] },
  company: { type: "string", commands: ["review"] },
  map: { type: "string", multiple: true, commands: ["review"] },
  mapping: { type: "string", commands: ["review"] },
  quiet: { type: "boolean", short: "q", commands: ["review"] },
  "no-orders": { type: "boolean", commands: ["review"] },
  export: { type: "boolean", commands: ["policy"] },
  from: { type: "string", commands: ["policy"] },
  lang: { type: "string", commands: COMMANDS },
  help: { type: "boolean", short: "h", commands: COMMANDS },
  version: { type: "boolean", commands: COMMANDS },
} as const satisfies Record<string, OptionSpec>;

type OptionName = keyof typeof OPTIONS;

export interface ReviewCommand {
  command: "review";
  workbook: string;
  asOf: string | null;
  policyPath: string | null;
  /** `--compare-policy`: a policy to review beside the current one, nothing written for it. */
  comparePolicyPath: string | null;
  outPath: string | null;
  jsonPath: string | null;
  /** The folder the collection letters are written into (`--letters`); null: no letters. */
  lettersDir: string | null;
  /** The sender's name in the letters (`--company`); blank when not given. */
  company: string;
  /** The columns chosen with `--map`, already checked against the fields of each sheet. */
  mapChoices: ColumnChoiceLayer;
  mappingPath: string | null;
  lang: string | null;
  quiet: boolean;
  /** `--no-orders`: the workbook has no orders sheet; none is looked for. */
  noOrders: boolean;
}

export interface PolicyExportCommand {
  command: "policy";
  /** The workbook whose recorded policy is exported; null for the built-in policy. */
  fromPath: string | null;
  lang: string | null;
}

export type ArgsErrorCode =
  | "UNKNOWN_COMMAND"
  | "MISSING_WORKBOOK"
  | "UNKNOWN_OPTION"
  | "MISSING_VALUE"
  | "UNEXPECTED_VALUE"
  | "WRONG_COMMAND"
  | "UNEXPECTED_ARGUMENT"
  | "POLICY_NEEDS_EXPORT"
  | "BAD_DATE"
  | MapOptionErrorCode;

export interface ArgsError {
  command: "error";
  code: ArgsErrorCode;
  /** What the sentence names: the option, argument or date as typed, and the command. */
  params: { detail: string; command?: string; field?: string; choices?: string };
  lang: string | null;
}

export type ParsedArgs =
  | ReviewCommand
  | PolicyExportCommand
  | { command: "help"; lang: string | null }
  | { command: "version"; lang: string | null }
  /** No arguments at all: the usage text, as a usage error. */
  | { command: "usage"; lang: string | null }
  | ArgsError;

type OptionValues = Partial<Record<string, string | boolean | (string | boolean)[]>>;

/** The last value of a string option (a repeated option means its last occurrence), or null. */
function stringOption(values: OptionValues, name: OptionName): string | null {
  const value = values[name];
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof last === "string" ? last : null;
}

/** Every value of a repeatable string option, in the order typed. */
function stringOptions(values: OptionValues, name: OptionName): string[] {
  const value = values[name];
  const all = Array.isArray(value) ? value : [value];
  return all.filter((item): item is string => typeof item === "string");
}

function flag(values: OptionValues, name: OptionName): boolean {
  return values[name] === true;
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one), after Excel's 1900 leap-year bug. */
function isCalendarDay(text: string): boolean {
  try {
    return serialFromIso(text) >= FIRST_SAFE_SERIAL;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

function isOptionName(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

function isCommandName(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

interface OptionToken {
  kind: "option";
  name: string;
  rawName: string;
  value?: string;
  inlineValue?: boolean;
}

/** The first option misused for `command`, or null when every option fits. */
function optionError(
  tokens: readonly OptionToken[],
  command: CommandName | null,
  lang: string | null
): ArgsError | null {
  const error = (code: ArgsErrorCode, params: ArgsError["params"]): ArgsError => ({
    command: "error",
    code,
    params,
    lang,
  });
  for (const token of tokens) {
    if (!isOptionName(token.name)) return error("UNKNOWN_OPTION", { detail: token.rawName });
    const spec: OptionSpec = OPTIONS[token.name];
    if (spec.type === "string") {
      // parseArgs takes the next argument as the value even when it is another option
      // (`--out --json r.json`); a value that starts with "-" must be written --out=-name.
      const swallowedOption = token.inlineValue === false && token.value?.startsWith("-") === true;
      if (token.value === undefined || swallowedOption)
        return error("MISSING_VALUE", { detail: token.rawName });
    } else if (token.value !== undefined) {
      return error("UNEXPECTED_VALUE", { detail: token.rawName });
    }
    if (command !== null && !spec.commands.includes(command))
      return error("WRONG_COMMAND", { detail: token.rawName, command });
  }
  return null;
}

function reviewCommand(
  positionals: readonly string[],
  values: OptionValues,
  lang: string | null
): ReviewCommand | ArgsError {
  const [, workbook, extra] = positionals;
  if (!workbook)
    return { command: "error", code: "MISSING_WORKBOOK", params: { detail: "" }, lang };
  if (extra !== undefined)
    return { command: "error", code: "UNEXPECTED_ARGUMENT", params: { detail: extra }, lang };
  const asOf = stringOption(values, "as-of");
  if (asOf !== null && !isCalendarDay(asOf))
    return { command: "error", code: "BAD_DATE", params: { detail: asOf }, lang };
  const mapped = parseMapOptions(stringOptions(values, "map"));
  if (!mapped.ok) return { command: "error", code: mapped.code, params: mapped.params, lang };
  return {
    command: "review",
    workbook,
    asOf,
    policyPath: stringOption(values, "policy"),
    comparePolicyPath: stringOption(values, "compare-policy"),
    outPath: stringOption(values, "out"),
    jsonPath: stringOption(values, "json"),
    lettersDir: stringOption(values, "letters"),
    company: stringOption(values, "company") ?? "",
    mapChoices: mapped.choices,
    mappingPath: stringOption(values, "mapping"),
    lang,
    quiet: flag(values, "quiet"),
    noOrders: flag(values, "no-orders"),
  };
}

function policyCommand(
  positionals: readonly string[],
  values: OptionValues,
  lang: string | null
): PolicyExportCommand | ArgsError {
  const extra = positionals[1];
  if (extra !== undefined)
    return { command: "error", code: "UNEXPECTED_ARGUMENT", params: { detail: extra }, lang };
  if (!flag(values, "export"))
    return { command: "error", code: "POLICY_NEEDS_EXPORT", params: { detail: "" }, lang };
  return { command: "policy", fromPath: stringOption(values, "from"), lang };
}

export function parseCommandLine(argv: string[]): ParsedArgs {
  // Not strict: an unknown or misused option is found in the tokens below and worded in the
  // chosen language, instead of parseArgs's own English error.
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // `--lang --out x` leaves "--out" as the language: that is a missing value, not a language.
  const typedLang = stringOption(values, "lang");
  const lang = typedLang?.startsWith("-") ? null : typedLang;
  const options = tokens.filter(
    (token): token is OptionToken & typeof token => token.kind === "option"
  );
  const first = positionals[0];
  const command = first !== undefined && isCommandName(first) ? first : null;
  const misused = optionError(options, command, lang);
  if (misused) return misused;
  if (flag(values, "version")) return { command: "version", lang };
  if (flag(values, "help")) return { command: "help", lang };
  if (first === undefined) return { command: "usage", lang };
  if (command === null)
    return { command: "error", code: "UNKNOWN_COMMAND", params: { detail: first }, lang };
  return command === "review"
    ? reviewCommand(positionals, values, lang)
    : policyCommand(positionals, values, lang);
}
