/** Domain values turned into what a cell shows: the edge where minor units become currency. */
import { minor, roundMinor } from "../engine/money";
import type { CollectionAction, Minor, ReasonCode } from "../engine/types";
import type { OutputLabels } from "./labels";

/** Reasons in words are joined with this; reason codes (machine values) with a comma. */
export const REASON_WORD_SEPARATOR = "; ";
export const REASON_CODE_SEPARATOR = ",";

/** Minor units → currency units (12345 cents → 123.45). */
export function toCurrencyUnits(amount: Minor, minorPerUnit: number): number {
  return amount / minorPerUnit;
}

/** Currency units as written in the log → minor units, rounded to the currency's precision. */
export function toMinorUnits(units: number, minorPerUnit: number): Minor {
  return roundMinor(units * minorPerUnit);
}

/**
 * Currency units read back from a sheet → minor units, or null when the cell holds more than a
 * number holds exactly (beyond 2^53 minor units): the reader reports that cell instead of throwing.
 */
export function minorUnitsWithinRange(units: number, minorPerUnit: number): Minor | null {
  const rounded = Math.round(units * minorPerUnit);
  return Number.isSafeInteger(rounded) ? minor(rounded) : null;
}

/**
 * The score with one decimal, rounded DOWN: grades compare the unrounded score, and 89.96 shown
 * as "90.0" next to grade B would look wrong; 89.9 next to B does not. The tiny allowance
 * keeps binary artefacts (80.3 × 10 = 802.9999…) from losing a tenth.
 */
export function displayScore(score: number | null): number | null {
  if (score === null) return null;
  return Math.floor(score * 10 + 1e-9) / 10;
}

export function reasonWords(reasons: readonly ReasonCode[], labels: OutputLabels): string | null {
  if (reasons.length === 0) return null;
  return reasons.map((code) => labels.reasons[code]).join(REASON_WORD_SEPARATOR);
}

export function reasonCodes(reasons: readonly ReasonCode[]): string | null {
  return reasons.length === 0 ? null : reasons.join(REASON_CODE_SEPARATOR);
}

/** The next collection step in words; blank when there is none, as "None" in every row reads as noise. */
export function actionWords(action: CollectionAction | null, labels: OutputLabels): string | null {
  return action === null || action === "NONE" ? null : labels.actions[action];
}
