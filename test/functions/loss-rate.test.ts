/**
 * AR.LOSSRATE as a formula in HyperFormula, and called directly: the worked matrix of the
 * history tests rebuilt in cells (roll rates 10 %, 40 %, 50 %, 60 %, 80 %, 90 %).
 */
import { serialDate } from "../../src/engine/serial-date";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { lossRate } from "../../src/functions/loss-rate";
import { DATE_SYSTEM_1900 } from "../../src/functions/date-system";
import { isFailure } from "../../src/functions/failure";
import { AR_TRANSLATIONS, arFunctionPlugin } from "./support/ar-function-plugin";

const plugin = arFunctionPlugin({ system: DATE_SYSTEM_1900, today: () => serialDate(46203) });

const sheets = {
  Matrix: [
    [0.1, 0.4, 0.5, 0.6, 0.8, 0.9],
    [0.1, null, 0.5, 0.6, 0.8, 0.9],
    ["=AR.LOSSRATE(3,A1:F1)"],
    ["=AR.LOSSRATE(3,A1:F1,0.05,0.1)"],
    ["=AR.LOSSRATE(1,A1:F1,0.01,0.1)"],
    ["=AR.LOSSRATE(6,A1:F1,,0.25)"],
    ["=AR.LOSSRATE(5)"],
    ["=AR.LOSSRATE(1,A2:F2)"],
    ["=AR.LOSSRATE(7,A1:F1)"],
    ['=AR.LOSSRATE("two",A1:F1)'],
    ["=AR.LOSSRATE(2,{0.5,1.5})"],
    ["=AR.LOSSRATE(0)"],
  ],
};

let hf: HyperFormula;

beforeAll(() => {
  HyperFormula.registerFunctionPlugin(plugin, AR_TRANSLATIONS);
  hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
});

afterAll(() => {
  hf.destroy();
  HyperFormula.unregisterFunctionPlugin(plugin);
});

function cell(a1: string): unknown {
  const address = hf.simpleCellAddressFromString(a1, hf.getSheetId("Matrix") ?? -1);
  if (!address) throw new Error(`bad address ${a1}`);
  return hf.getCellValue(address);
}

function errorType(a1: string): string {
  const value = cell(a1);
  if (!(value instanceof DetailedCellError)) throw new Error(`${a1} is ${String(value)}`);
  return value.type;
}

describe("AR.LOSSRATE", () => {
  test("31–60 chains 0.5 × 0.6 × 0.8 × 0.9 = 0.216 (policy floor 5 %, no adjustment)", () => {
    expect(cell("A3")).toBeCloseTo(0.216, 10);
  });

  test("+10 %: 0.2376; Not due 0.009504 rises to the 1 % floor; > 180 0.9 × 1.25 caps at 1", () => {
    expect(cell("A4")).toBeCloseTo(0.2376, 10);
    expect(cell("A5")).toBeCloseTo(0.01, 10);
    expect(cell("A6")).toBe(1);
  });

  test("no roll rates: the policy's floor of bucket 5 (91–180), 25 %", () => {
    expect(cell("A7")).toBe(0.25);
  });

  test("a blank roll rate on the chain is unknown: the policy's floor of Not due, 0.5 %", () => {
    expect(cell("A8")).toBe(0.005);
  });

  test("a bucket past the roll rates or below 1 is #NUM!, text is #VALUE!, a rate above 1 #NUM!", () => {
    expect(errorType("A9")).toBe("NUM");
    expect(errorType("A10")).toBe("VALUE");
    expect(errorType("A11")).toBe("NUM");
    expect(errorType("A12")).toBe("NUM");
  });

  test("the failures name the argument at fault", () => {
    const beyond = lossRate(7, [[0.1, 0.4, 0.5, 0.6, 0.8, 0.9]]);
    expect(isFailure(beyond) && [beyond.reason, beyond.params]).toEqual([
      "bucketBeyondRates",
      { values: { bucket: 7, count: 6 } },
    ]);
    const adjusted = lossRate(1, undefined, undefined, 2);
    expect(isFailure(adjusted) && [adjusted.reason, adjusted.params]).toEqual([
      "outOfRange",
      { place: { argument: "adjustment" }, values: { value: 2, min: -1, max: 1 } },
    ]);
  });
});
