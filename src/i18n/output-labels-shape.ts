/**
 * The words written into a workbook, as the workbook layer's `OutputLabels` asks for them (types
 * only: this folder runs nothing of the other layers), and the forms the catalogs store them in.
 */
import type { ReasonCode } from "../engine/types";
import type { OutputLabels } from "../workbook/labels";

export type OutputLabelsShape = OutputLabels;

export type ReasonKey = ReasonCode;

/** As a review gets them: with the factors' names of the same language. */
export type PolicyKeyWords = NonNullable<OutputLabels["policyKeys"]>;

/** Words for the keys of the policy sheet, per locale as stored (the factors' names come apart). */
export type PolicyKeyTexts = Omit<PolicyKeyWords, "factors">;

/**
 * One locale's texts as stored: the reasons are templates whose `{days}`, `{count}`,
 * `{months}`, `{score}` and `{percent}` are filled from the policy the review ran with.
 */
export type OutputLabelTexts = Omit<OutputLabels, "locale">;
