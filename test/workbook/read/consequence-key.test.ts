import { CONSEQUENCE, CONSEQUENCE_KEY } from "../../../src/workbook/row-reader";

describe("CONSEQUENCE_KEY", () => {
  it("gives each consequence sentence the key other languages word it by", () => {
    expect(CONSEQUENCE_KEY["the row is left out"]).toBe("rowLeftOut");
    expect(CONSEQUENCE_KEY["the value is not used"]).toBe("valueIgnored");
    expect(CONSEQUENCE_KEY["the row is still used"]).toBe("rowKept");
  });

  it("has a key for every consequence and no other", () => {
    expect(Object.keys(CONSEQUENCE_KEY).sort()).toEqual(Object.values(CONSEQUENCE).sort());
  });
});
