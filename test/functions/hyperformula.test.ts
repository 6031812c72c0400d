/**
 * The AR.* functions evaluated as formulas in a real spreadsheet engine (HyperFormula), with
 * ranges, blank cells, array constants, error values and text where a number is expected — the
 * arguments Excel hands a custom function. Expected values are the worked numbers of
 * CREDIT-POLICY.md, computed by hand in the comments.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { serialFromYmd } from "../../src/engine/dates";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { DATE_SYSTEM_1900 } from "../../src/functions/date-system";
import { AR_FUNCTIONS, AR_TRANSLATIONS, arFunctionPlugin } from "./support/ar-function-plugin";

const AS_OF = serialFromYmd(2026, 6, 30);
const plugin = arFunctionPlugin({ system: DATE_SYSTEM_1900, today: () => AS_OF });

const DEFAULT_WEIGHTS = DEFAULT_POLICY.score.factors.map((factor) => factor.weight);
const ALL_EIGHT = new Array<number>(18).fill(8);
/** Payment record 10, guarantee and substitutability (the last two factors) blank, the rest 8. */
const WITH_BLANKS: (number | null)[] = [10, ...new Array<number>(15).fill(8), null, null];

const sheets = {
  Ratings: [
    ALL_EIGHT,
    WITH_BLANKS,
    DEFAULT_WEIGHTS,
    // A4:B4 ratings 8 and blank, C4:D4 weights 59 and 41 → 59 % of the weight rated.
    [8, null, 59, 41],
    ["abc", "=NA()", 0, 30, 60, null, 90],
  ],
  Receivables: [
    // A: as-of, B: due date, C: days overdue (formula), D: bucket, E: action, F: class
    [
      "=DATE(2026,6,30)",
      "=DATE(2026,5,16)",
      "=AR.DAYSOVERDUE(B1,A1)",
      "=AR.AGINGBUCKET(B1,A1)",
      "=AR.COLLECTIONACTION(C1)",
      '=AR.DEBTCLASS(C1,"zh-CN")',
    ],
    [
      "=DATE(2026,6,30)",
      "=DATE(2026,6,30)",
      "=AR.DAYSOVERDUE(B2,A2)",
      "=AR.AGINGBUCKET(B2,A2)",
      "=AR.COLLECTIONACTION(C2)",
      "=AR.DEBTCLASS(C2)",
    ],
    [
      "=DATE(2026,6,30)",
      "=DATE(2025,12,31)",
      "=AR.DAYSOVERDUE(B3,A3)",
      '=AR.AGINGBUCKET(B3,A3,,"zh-TW")',
      '=AR.COLLECTIONACTION(C3,"zh-CN")',
      "=AR.DEBTCLASS(C3)",
    ],
    [
      "=DATE(2026,6,30)",
      "=NA()",
      "=AR.DAYSOVERDUE(B4,A4)",
      "=AR.AGINGBUCKET(B4,A4)",
      "=AR.COLLECTIONACTION(C4)",
      "=AR.DEBTCLASS(C4)",
    ],
    [
      "=DATE(2026,6,30)",
      "soon",
      "=AR.DAYSOVERDUE(B5,A5)",
      "=AR.AGINGBUCKET(B5,A5)",
      '=AR.COLLECTIONACTION("ten")',
      "=AR.DEBTCLASS(1.5)",
    ],
  ],
  Results: [
    ["=AR.CREDITSCORE(Ratings!A1:R1)"],
    ["=AR.CREDITSCORE(Ratings!A2:R2)"],
    ["=AR.CREDITSCORE(Ratings!A2:R2,Ratings!A3:R3)"],
    ["=AR.CREDITSCORE(Ratings!A4:B4,Ratings!C4:D4)"],
    ["=AR.CREDITGRADE(A1)"],
    ["=AR.CREDITGRADE(A4)"],
    ["=AR.CREDITGRADE(Ratings!A5)"],
    ["=AR.PAYMENTTERMS(A2)"],
    ["=AR.CREDITLIMIT(92,400000)"],
    ["=AR.CREDITLIMIT(85,Ratings!B4)"],
    ["=AR.CREDITLIMIT(59.9,1000000)"],
    ["=AR.CREDITLIMIT(A2,400000)"],
    ["=AR.CREDITSCORE(Ratings!A1:R1,,5)"],
    ["=AR.AGINGBUCKETTODAY(Receivables!B1,{0,15,30,60})"],
    ["=AR.AGINGBUCKET(Receivables!B1,Receivables!A1,Ratings!C5:G5)"],
    ["=AR.AGINGBUCKET(Receivables!B1,Receivables!A1,{60,30})"],
    ["=AR.ORDERCHECK(1000000,700000,300000)"],
    ["=AR.ORDERCHECK(1000000,700000,300000.01)"],
    ['=AR.ORDERCHECK(1000000,700000,300000,Receivables!C1,"zh-CN")'],
    ["=AR.WCLIMIT(5000000,2000000,2500000,4000000,6000000)"],
    ["=AR.APPROVALLEVEL(1500000)"],
    ["=AR.APPROVALLEVEL(1500001)"],
    ["=AR.CREDITSCORE(Ratings!A5:B5)"],
    ['=AR.AGINGBUCKET(Receivables!B1,Receivables!A1,,"fr-FR")'],
    ["=AR.DAYSOVERDUE(Receivables!B1,Receivables!H1)"],
    ["=AR.DAYSOVERDUETODAY(Receivables!B1)"],
  ],
};

let hf: HyperFormula;

beforeAll(() => {
  // Registration must come before the sheets are built, or every AR.* formula is #NAME?.
  HyperFormula.registerFunctionPlugin(plugin, AR_TRANSLATIONS);
  hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
});

afterAll(() => {
  hf.destroy();
  HyperFormula.unregisterFunctionPlugin(plugin);
});

function value(sheet: keyof typeof sheets, a1: string): unknown {
  const address = hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet) ?? -1);
  if (!address) throw new Error(`bad address ${a1}`);
  return hf.getCellValue(address);
}

function errorOf(sheet: keyof typeof sheets, a1: string): { type: string; message: string } {
  const cell = value(sheet, a1);
  if (!(cell instanceof DetailedCellError))
    throw new Error(`${sheet}!${a1} is ${String(cell)}, not an error`);
  return { type: cell.type, message: cell.message };
}

describe("AR.* registered in HyperFormula", () => {
  it("knows all 14 functions by name", () => {
    expect(Object.keys(AR_FUNCTIONS).sort()).toEqual([
      "AR.AGINGBUCKET",
      "AR.AGINGBUCKETTODAY",
      "AR.APPROVALLEVEL",
      "AR.COLLECTIONACTION",
      "AR.CREDITGRADE",
      "AR.CREDITLIMIT",
      "AR.CREDITSCORE",
      "AR.DAYSOVERDUE",
      "AR.DAYSOVERDUETODAY",
      "AR.DEBTCLASS",
      "AR.LOSSRATE",
      "AR.ORDERCHECK",
      "AR.PAYMENTTERMS",
      "AR.WCLIMIT",
    ]);
    for (const name of Object.keys(AR_FUNCTIONS))
      expect(hf.getRegisteredFunctionNames()).toContain(name);
  });
});

describe("scores, grades, limits from ranges", () => {
  it("scores 18 ratings of 8 as 80", () => {
    expect(value("Results", "A1")).toBeCloseTo(80, 10);
  });

  it("re-normalises over the rated weight when ratings are blank", () => {
    // rated weight 100 − 4 − 3 = 93; Σ w·r = 12×10 + 81×8 = 768; 100 × 768 / (10 × 93) = 82.5806…
    // (HyperFormula rounds what it shows to 10 significant digits, hence 8 decimals.)
    expect(value("Results", "A2")).toBeCloseTo(76800 / 930, 8);
    expect(value("Results", "A3")).toBeCloseTo(76800 / 930, 8);
  });

  it("gives #N/A with a message when only 59 % of the weight is rated, and the error flows on", () => {
    expect(errorOf("Results", "A4")).toEqual({
      type: "NA",
      message: expect.stringContaining("insufficient data"),
    });
    expect(errorOf("Results", "A6").type).toBe("NA");
  });

  it("grades and terms follow the score cell", () => {
    expect(value("Results", "A5")).toBe("B"); // 80 ≥ 80
    expect(value("Results", "A8")).toBe(90); // 82.58 → band ≥ 80 → 90 days
  });

  it("refuses text where a score is needed (#VALUE!)", () => {
    expect(errorOf("Results", "A7")).toEqual({
      type: "VALUE",
      message: expect.stringContaining("abc"),
    });
  });

  it("computes the order-based limits of §3", () => {
    expect(value("Results", "A9")).toBe(1_200_000); // 400,000 × 300 %
    expect(value("Results", "A10")).toBe(600_000); // blank orders → 300,000 × 200 %
    expect(value("Results", "A11")).toBe(0); // 59.9 < 60
    expect(value("Results", "A12")).toBe(800_000); // 82.58 → 400,000 × 200 %
  });

  it("treats an empty argument as omitted and checks ratings against ratingMax 5 (#NUM!)", () => {
    expect(errorOf("Results", "A13").type).toBe("NUM");
  });

  it("passes an error value inside a ratings range on as the result", () => {
    // Ratings!A5:B5 holds "abc" and #N/A: the error wins, as in Excel.
    expect(errorOf("Results", "A23").type).toBe("NA");
  });
});

describe("dates, buckets, collection", () => {
  it("ages a due date 45 days before the as-of date", () => {
    expect(value("Receivables", "C1")).toBe(45);
    expect(value("Receivables", "D1")).toBe("31-60");
    expect(value("Receivables", "E1")).toBe("Second letter; stop supply"); // 30–59
    expect(value("Receivables", "F1")).toBe("催收款"); // 1–90, zh-CN
  });

  it("treats an invoice due on the as-of date as not due", () => {
    expect(value("Receivables", "C2")).toBe(0);
    expect(value("Receivables", "D2")).toBe("Not due");
    expect(value("Receivables", "E2")).toBe("Phone reminder");
    expect(value("Receivables", "F2")).toBe("Current");
  });

  it("ages half a year overdue in Chinese", () => {
    // 2025-12-31 → 2026-06-30: 181 days
    expect(value("Receivables", "C3")).toBe(181);
    expect(value("Receivables", "D3")).toBe(">180");
    expect(value("Receivables", "E3")).toBe("法律诉讼");
    expect(value("Receivables", "F3")).toBe("Bad");
  });

  it("propagates an #N/A due date through the chain", () => {
    for (const column of ["C4", "D4", "E4", "F4"])
      expect(errorOf("Receivables", column).type).toBe("NA");
  });

  it("refuses text dates and days (#VALUE!) and fractional days (#NUM!)", () => {
    expect(errorOf("Receivables", "C5")).toEqual({
      type: "VALUE",
      message: expect.stringContaining("dueDate"),
    });
    expect(errorOf("Receivables", "D5").type).toBe("VALUE");
    expect(errorOf("Receivables", "E5").type).toBe("VALUE");
    expect(errorOf("Receivables", "F5").type).toBe("NUM");
  });

  it("asks for an as-of date instead of assuming one; the TODAY forms count from today", () => {
    // Receivables!H1 is blank: a non-volatile function cannot default to a today that goes stale.
    expect(errorOf("Results", "A25")).toEqual({
      type: "VALUE",
      message: expect.stringContaining("AR.DAYSOVERDUETODAY(dueDate)"),
    });
    expect(value("Results", "A26")).toBe(45); // today stands at 2026-06-30 here
  });

  it("uses today in the TODAY form, and custom edges from a constant or a range", () => {
    expect(value("Results", "A14")).toBe("31-60"); // {0,15,30,60}: 45 → 31-60
    expect(value("Results", "A15")).toBe("31-60"); // 0,30,60,(blank),90: blanks skipped
    expect(errorOf("Results", "A16").type).toBe("NUM"); // {60,30} does not rise
  });

  it("refuses an unknown language (#VALUE!)", () => {
    expect(errorOf("Results", "A24")).toEqual({
      type: "VALUE",
      message: expect.stringContaining("fr-FR"),
    });
  });
});

describe("order check, working capital, approval", () => {
  it("checks a new order against the limit and the overdue days", () => {
    expect(value("Results", "A17")).toBe("OK"); // 700,000 + 300,000 = limit
    expect(value("Results", "A18")).toBe("CASH ONLY"); // one cent over
    expect(value("Results", "A19")).toBe("暂停发货"); // 45 days overdue → HOLD
  });

  it("computes the working-capital limit", () => {
    // working assets (2.5 M + 6 M) / 2 = 4.25 M; E = 2 + 1.2 − 0.4167 − 0.6667 = 2.12 > 1 → 25 %
    expect(value("Results", "A20")).toBe(1_062_000);
  });

  it("puts 1,500,000 at level 1 and one more at level 2", () => {
    expect(value("Results", "A21")).toBe(1);
    expect(value("Results", "A22")).toBe(2);
  });
});
