/**
 * The words beside a key of the policy sheet ("limit.bands.2.multiplier" → "Limit band 2:
 * multiple of the base"), so that a person reads the sheet without knowing the keys, while the
 * keys stay what the sheet is read back by.
 */
import type { OutputLabels } from "./labels";
import { fillTemplate as fill } from "./fill-template";
import { KEYED_LISTS } from "./policy-rows";

type PolicyKeyWords = NonNullable<OutputLabels["policyKeys"]>;

/** The words for `path`, or null when the language has none for it. */
export function policyKeyLabel(path: string, words: PolicyKeyWords): string | null {
  const segments = path.split(".");
  const values: Record<string, string> = {};
  const pattern = segments.map((segment, index) => {
    const list = segments.slice(0, index).join(".");
    if (KEYED_LISTS[list] !== undefined) {
      values.factor = words.factors[segment] ?? segment;
      return "*";
    }
    if (
      segment.length > 0 &&
      [...segment].every((character) => character >= "0" && character <= "9")
    ) {
      values.n = segment;
      return "*";
    }
    return segment;
  });
  const template = words.templates[pattern.join(".")];
  return template === undefined ? null : fill(template, values);
}
