/** The pane's message keys live with the catalogs in `src/i18n/messages/`. */
export type { MessageKey } from "../../i18n/messages";
