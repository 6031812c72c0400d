import { EngineError } from "../../src/engine/errors";

/**
 * The code and params of the EngineError `run` throws, so a test compares the refusal the
 * reader is shown; fails when `run` throws nothing, and rethrows any other error.
 */
export function engineErrorOf(run: () => unknown): { code: string; params: unknown } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return { code: error.code, params: error.params };
  }
  throw new Error("expected an EngineError, none was thrown");
}
