/** What every part of a command run shares: its contact with the outside and its language. */
import type { DisplayLocale } from "../i18n";
import type { CliWords } from "../i18n/cli-messages";
import type { CliIo } from "./node-io";

export interface CliContext {
  io: CliIo;
  words: CliWords;
  locale: DisplayLocale;
}
