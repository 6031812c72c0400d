/**
 * The pane's catalogs, one per locale, for `createTranslator(locale, catalogs)`. They hold the
 * words of the first load; the lazily loaded parts bring theirs (`../messages-late/`) and add
 * them with `addLateCatalogs` when their chunk arrives, before any of them renders.
 */
import { SUPPORTED_LOCALES, type SupportedLocale } from "../locales";
import type { Catalog, Catalogs } from "../translate";
import type { LateMessageKey } from "../messages-late/en-US";
import { enUS, type FirstLoadMessageKey } from "./en-US";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { FirstLoadMessageKey, LateMessageKey };
export type MessageKey = FirstLoadMessageKey | LateMessageKey;

const loadedCatalogs: Record<SupportedLocale, Partial<Record<MessageKey, string>>> = {
  "en-US": { ...enUS },
  "zh-CN": { ...zhCN },
  "zh-TW": { ...zhTW },
};

/**
 * Typed as complete although a late key is absent until its part loads: only that part asks for
 * it, and its module adds the words first; a key asked too early shows as itself, never blank.
 */
export const catalogs = loadedCatalogs as Readonly<Record<SupportedLocale, Catalog<MessageKey>>>;

/** Adds the words of a lazily loaded part to every locale's catalog (repeat calls are harmless). */
export function addLateCatalogs(late: Catalogs<LateMessageKey>): void {
  for (const locale of SUPPORTED_LOCALES) Object.assign(loadedCatalogs[locale], late[locale]);
}
