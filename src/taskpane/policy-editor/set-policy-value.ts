/**
 * Immutable edits of a policy by path ("limit.bands.2.multiplier"): the editor's fields name
 * what they change, and validation messages find their field by the same path.
 */
import type { Policy } from "../../engine/policy";

export type PolicyPath = string;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A copy of the policy with the value at `path` replaced; unknown paths throw. */
export function setPolicyValue(
  policy: Policy,
  path: PolicyPath,
  value: number | string | number[]
): Policy {
  // A policy is plain JSON by contract, so it can be walked as JSON.
  const copy = JSON.parse(JSON.stringify(policy)) as Json;
  const segments = path.split(".");
  let node: Json = copy;
  for (const segment of segments.slice(0, -1)) {
    node = childOf(node, segment, path);
  }
  const last = segments[segments.length - 1];
  const container = node;
  if (Array.isArray(container)) container[Number(last)] = value;
  else if (container !== null && typeof container === "object" && last in container)
    container[last] = value;
  else throw new RangeError(`${UNKNOWN_POLICY_PATH}: ${path}`);
  return copy as unknown as Policy;
}

export const UNKNOWN_POLICY_PATH = "Unknown policy setting";

function childOf(node: Json, segment: string, path: string): Json {
  if (Array.isArray(node)) {
    const child = node[Number(segment)];
    if (child !== undefined) return child;
  } else if (node !== null && typeof node === "object" && segment in node) {
    return node[segment];
  }
  throw new RangeError(`${UNKNOWN_POLICY_PATH}: ${path}`);
}
