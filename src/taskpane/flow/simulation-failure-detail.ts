/**
 * Why a simulation failed, in the reader's language: each issue of a refused policy worded by the
 * language layer, or, for the engine's other refusals, the sentence the caller words for them.
 * Never the engine's code itself (`INVALID_POLICY` says nothing to a reader).
 */
import type { DisplayLocale } from "../../i18n/locales";
import { policyIssueMessage } from "../../i18n/policy-issues";
import type { Simulation } from "./simulate-policy";

export function simulationFailureDetail(
  failure: Extract<Simulation, { kind: "failed" }>,
  locale: DisplayLocale,
  engineRefused: string
): string {
  if (failure.issues.length === 0) return engineRefused;
  return failure.issues.map((issue) => policyIssueMessage(issue, locale)).join("; ");
}
