/**
 * The policy as the two columns of the sample's Policy sheet: a dotted key per leaf value
 * (array items by index, e.g. `limit.bands.0.multiplier`) and the value itself. A blank value
 * cell stands for null (`currency`, the last approval level's `maxLimit`).
 */
import type { Policy } from "../../src/engine/policy";

export type PolicyLeaf = string | number | boolean | null;

export function policyRows(policy: Policy): [string, PolicyLeaf][] {
  const rows: [string, PolicyLeaf][] = [];
  const visit = (value: unknown, key: string): void => {
    if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      rows.push([key, value]);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${key}.${index}`));
    } else if (typeof value === "object") {
      for (const [child, item] of Object.entries(value)) visit(item, key === "" ? child : `${key}.${child}`);
    } else {
      throw new TypeError(`Policy value at "${key}" is not plain JSON`);
    }
  };
  visit(policy, "");
  return rows;
}
