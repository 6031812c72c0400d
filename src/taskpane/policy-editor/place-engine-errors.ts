/**
 * The engine's refusals of a policy, each shown on the field it names: its place is a policy
 * path, shown on that field or on the nearest enclosing field the editor has (the longest known
 * path that is the place or one of its ancestors); the rest above the form.
 */
import type { PolicyIssue } from "../../engine/policy-validation";
import type { PolicyPath } from "./set-policy-value";

export interface PlacedErrors {
  byPath: Record<PolicyPath, string[]>;
  unplaced: string[];
}

/** `wordIssue` gives the sentence shown for an issue, in the reader's language. */
export function placeEngineErrors(
  issues: readonly PolicyIssue[],
  knownPaths: PolicyPath[],
  wordIssue: (issue: PolicyIssue) => string
): PlacedErrors {
  const longestFirst = [...knownPaths].sort((a, b) => b.length - a.length);
  const byPath: Record<PolicyPath, string[]> = {};
  const unplaced: string[] = [];
  issues.forEach((issue) => {
    const text = wordIssue(issue);
    const place = issue.place.path;
    const path = longestFirst.find(
      (candidate) => place === candidate || place.startsWith(`${candidate}.`)
    );
    if (path) (byPath[path] ??= []).push(text);
    else unplaced.push(text);
  });
  return { byPath, unplaced };
}
