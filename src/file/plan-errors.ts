/**
 * Messages for an output plan that cannot be carried out as written. They point at a bug in
 * the plan or a workbook changed since it was read, never at the user's data, so they are
 * thrown rather than turned into notes.
 */
export class PlanApplyError extends Error {
  override name = "PlanApplyError";
}

export const PLAN_MESSAGES = {
  missingSheet: (sheet: string) =>
    `The sheet "${sheet}" named by the output plan is not in the workbook.`,
  shape: (where: string, detail: string) => `The output plan for ${where} is malformed: ${detail}.`,
  notFinite: (where: string, value: number) =>
    `The output plan puts ${value} in ${where}; only finite numbers can be written.`,
  textTooLong: (where: string, length: number, limit: number) =>
    `The output plan puts ${length} characters in ${where}, more than Excel's ${limit} per cell.`,
  badColor: (color: string) => `"${color}" is not a colour of the form #RRGGBB.`,
} as const;
