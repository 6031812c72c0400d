/**
 * A cancelled review: the error its steps throw when the caller's signal fires, recognised by
 * name like the platform's own `AbortError`, so it survives a trip through a worker's messages.
 */
export const ABORT_ERROR_NAME = "AbortError";

export function abortError(): Error {
  const error = new Error("The review was cancelled.");
  error.name = ABORT_ERROR_NAME;
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === ABORT_ERROR_NAME;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}
