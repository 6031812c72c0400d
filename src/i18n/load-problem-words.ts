/**
 * Fetches the Chinese problem words in a chunk of their own (once): the pane awaits it before a
 * review, so any problem it later shows, in whichever language the reader switches to, has words.
 */
let loading: Promise<void> | null = null;

export function loadProblemWords(): Promise<void> {
  loading ??= import("./problem-messages-chinese").then(() => undefined);
  return loading;
}
