/** The pane's words: one function from a message key (and `{name}` parameters) to text. */
import type { Translator } from "../../i18n/translate";
import type { MessageKey } from "./messages";

export type MessageParams = Record<string, string | number>;
export type Translate = Translator<MessageKey>;
