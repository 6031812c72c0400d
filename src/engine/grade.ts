/** Grade A–D by score band, and the general manager's sign-off (CREDIT-POLICY.md §2). */
import type { Policy } from "./policy";
import type { Grade } from "./types";

/**
 * The grade of the first band (highest first) whose minimum the score reaches, compared on
 * the unrounded score: 89.999 is B, 90 is A. A score below every band gets the lowest grade.
 */
export function gradeForScore(score: number, policy: Policy): Grade {
  const bands = policy.grades;
  for (let i = 0; i < bands.length; i++) {
    if (score >= bands[i].minScore) return bands[i].grade;
  }
  return bands[bands.length - 1].grade;
}

/**
 * Contracts with a grade the policy lists (C and D by default) need the general manager's
 * sales-risk sign-off. No grade (insufficient data) is treated like the lowest band, so it
 * needs the sign-off too.
 */
export function needsGmSignOff(grade: Grade | null, policy: Policy): boolean {
  if (grade === null) return true;
  return policy.gmSignOffGrades.includes(grade);
}
