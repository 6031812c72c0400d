/** Hostile policy files: the refusal stays one short message, never a crash or a flood. */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { validatePolicy } from "../../src/engine/policy-validation";
import { policyIssuesOf } from "./helpers";

/** An array nested `depth` times, built without recursion. */
function nested(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe("policies no one would write by hand", () => {
  test("a list nested 100,000 deep is refused as not an object, not a stack overflow", () => {
    expect(policyIssuesOf(nested(100_000))).toEqual(["policy NOT_OBJECT found=[…]"]);
  });

  test("a 100,000-character wrong value is quoted by its first 80 characters", () => {
    const result = validatePolicy({ ...DEFAULT_POLICY, minorPerUnit: "X".repeat(100_000) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((found) => found.place.path === "minorPerUnit");
    const minorPerUnit = String(issue?.params.found ?? "");
    expect(minorPerUnit).toContain(`"${"X".repeat(79)}…`);
    expect(minorPerUnit.length).toBeLessThan(200);
  });
});
