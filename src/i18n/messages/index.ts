/** The pane's catalogs, one per locale, for `createTranslator(locale, catalogs)`. */
import { enUS, type MessageKey } from "./en-US";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { MessageKey };

export const catalogs = {
  "en-US": enUS,
  "zh-CN": zhCN,
  "zh-TW": zhTW,
} as const;
