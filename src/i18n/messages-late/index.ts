/**
 * The catalogs of the lazily loaded parts: imported only by those parts (through
 * `src/taskpane/i18n/late-words.ts`), so their words stay out of the pane's first load.
 */
import { enUSLate, type LateMessageKey } from "./en-US";
import { zhCNLate } from "./zh-CN";
import { zhTWLate } from "./zh-TW";

export type { LateMessageKey };

export const lateCatalogs = {
  "en-US": enUSLate,
  "zh-CN": zhCNLate,
  "zh-TW": zhTWLate,
} as const;
