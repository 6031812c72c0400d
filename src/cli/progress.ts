/**
 * A progress line on stderr while a long review runs: reading, reviewing (with row counts),
 * writing, done. Shown only when someone is watching (stderr is a terminal) or when the file is
 * large enough to take a while; `--quiet` silences it. On a terminal the line is rewritten in
 * place; elsewhere (a log file) each step is its own line.
 */
import type { CliMessageKey, CliWords } from "../i18n/cli-messages";
import type { InterpolationParams } from "../i18n";
import { printableLine } from "./terminal-text";

/** From this size on a workbook takes seconds to read, so progress is worth a line in a log. */
export const LARGE_FILE_BYTES = 5 * 1024 * 1024;

const CLEAR_LINE = "\r\x1b[K";

export interface ProgressOptions {
  quiet: boolean;
  isTty: boolean;
  /** Size of the workbook being read, when known. */
  fileBytes: number | null;
  write: (text: string) => void;
  words: CliWords;
  /** Milliseconds from any fixed point, for the "done in" line. */
  now: () => number;
}

export interface Progress {
  step(key: CliMessageKey, params?: InterpolationParams): void;
  /** Ends the line with the elapsed time. */
  done(): void;
  /** Ends the line without a last step (before an error message). */
  stop(): void;
}

export function shouldShowProgress(
  options: Pick<ProgressOptions, "quiet" | "isTty" | "fileBytes">
): boolean {
  if (options.quiet) return false;
  return options.isTty || (options.fileBytes ?? 0) >= LARGE_FILE_BYTES;
}

const SILENT: Progress = { step: () => undefined, done: () => undefined, stop: () => undefined };

export function createProgress(options: ProgressOptions): Progress {
  if (!shouldShowProgress(options)) return SILENT;
  const started = options.now();
  let open = false;
  const show = (message: string): void => {
    // The file names in a step come from the user; only the line's own controls reach the terminal.
    const text = printableLine(message);
    if (options.isTty) {
      options.write(`${CLEAR_LINE}${text}`);
      open = true;
    } else {
      options.write(`${text}\n`);
    }
  };
  const stop = (): void => {
    if (open) options.write("\n");
    open = false;
  };
  return {
    step: (key, params) => show(options.words(key, params)),
    done: () => {
      const seconds = ((options.now() - started) / 1000).toFixed(1);
      show(options.words("progress.done", { seconds }));
      stop();
    },
    stop,
  };
}
