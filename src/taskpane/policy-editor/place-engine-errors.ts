/**
 * The engine's refusals are sentences naming the wrong setting. Each is shown on the field whose
 * path it mentions (the longest path wins), the rest above the form.
 */
import type { PolicyPath } from "./set-policy-value";

export interface PlacedErrors {
  byPath: Record<PolicyPath, string[]>;
  unplaced: string[];
}

export function placeEngineErrors(errors: string[], knownPaths: PolicyPath[]): PlacedErrors {
  const longestFirst = [...knownPaths].sort((a, b) => b.length - a.length);
  const byPath: Record<PolicyPath, string[]> = {};
  const unplaced: string[] = [];
  for (const message of errors) {
    const path = longestFirst.find((candidate) => mentions(message, candidate));
    if (path) (byPath[path] ??= []).push(message);
    else unplaced.push(message);
  }
  return { byPath, unplaced };
}

/** "limit.bands[2].multiplier" and "limit.bands.2.multiplier" both name the same setting. */
function mentions(message: string, path: PolicyPath): boolean {
  const bracketed = path.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
  return message.includes(path) || message.includes(bracketed);
}
