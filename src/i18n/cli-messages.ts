/**
 * The words of the command line in the three languages, chosen with `--lang`. Each catalog must
 * have exactly the keys of the English one (the Chinese ones are typed `Record<CliMessageKey, string>`).
 * Argument errors are keyed `args.<ArgsErrorCode>` so the command can look them up by code;
 * policy sources are keyed `summary.policyFrom.<PolicySource>`.
 */
import { CLI_EN_US, type CliMessageKey } from "./cli-messages/en-US";
import { CLI_ZH_CN } from "./cli-messages/zh-CN";
import { CLI_ZH_TW } from "./cli-messages/zh-TW";
import type { DisplayLocale } from "./locales";
import { createTranslator, type Catalogs, type Translator } from "./translate";

export type { CliMessageKey };

export const CLI_CATALOGS: Catalogs<CliMessageKey> = {
  "en-US": CLI_EN_US,
  "zh-CN": CLI_ZH_CN,
  "zh-TW": CLI_ZH_TW,
};

/** The command line's words in one language. */
export type CliWords = Translator<CliMessageKey>;

export function cliTranslator(locale: DisplayLocale): CliWords {
  return createTranslator(locale, CLI_CATALOGS);
}

/** The usage text, one line per entry, in the order a help screen shows it. */
const USAGE_KEYS: readonly CliMessageKey[] = [
  "usage.synopsis",
  "usage.synopsisPolicy",
  "usage.description",
  "usage.options",
  "usage.asOf",
  "usage.policy",
  "usage.comparePolicy",
  "usage.out",
  "usage.json",
  "usage.letters",
  "usage.company",
  "usage.map",
  "usage.mapping",
  "usage.noOrders",
  "usage.lang",
  "usage.quiet",
  "usage.export",
  "usage.from",
  "usage.version",
  "usage.help",
  "usage.example",
];

export function usageText(locale: DisplayLocale): string {
  const t = cliTranslator(locale);
  return USAGE_KEYS.map((key) => t(key)).join("\n");
}
