/**
 * The AR.* implementations called directly, with the worked numbers of CREDIT-POLICY.md (the
 * arithmetic is in the comments), their bad-argument errors, and properties that hold for any
 * input (fast-check).
 */
import fc from "fast-check";
import { serialFromYmd } from "../../src/engine/dates";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import type { CellInput } from "../../src/functions/arguments";
import {
  DATE_SYSTEM_1900,
  DATE_SYSTEM_1904,
  type DateSystem,
} from "../../src/functions/date-system";
import { type Failure, isFailure, type Outcome } from "../../src/functions/failure";
import {
  agingBucket,
  agingBucketToday,
  approvalLevelOf,
  collectionAction,
  creditGrade,
  creditLimit,
  creditScore,
  daysOverdueOf,
  daysOverdueTodayOf,
  debtClass,
  orderCheckOf,
  paymentTerms,
  workingCapitalLimitOf,
} from "../../src/functions/implementations";
import { outputLabels } from "../../src/i18n/output-labels";

const AS_OF = serialFromYmd(2026, 6, 30);
const S1900 = DATE_SYSTEM_1900;
const EN = outputLabels("en-US", DEFAULT_POLICY);

function failureOf<T>(outcome: Outcome<T>): Failure {
  if (!isFailure(outcome)) throw new Error(`expected a failure, got ${String(outcome)}`);
  return outcome;
}

function valueOf<T>(outcome: Outcome<T>): T {
  if (isFailure(outcome))
    throw new Error(`expected a value, got ${outcome.code} ${outcome.reason}`);
  return outcome;
}

const row = (cells: CellInput[]): CellInput[][] => [cells];
const ALL_EIGHT = new Array<CellInput>(18).fill(8);

describe("AR.CREDITSCORE", () => {
  it("scores 18 ratings of 8 as 80", () => {
    expect(valueOf(creditScore(row(ALL_EIGHT)))).toBeCloseTo(80, 10);
  });

  it("re-normalises the 18 default weights over the rated factors", () => {
    // Payment record (12) rated 10; guarantee (4) and substitutability (3) blank; the rest 8.
    // Rated weight 93; Σ w·r = 12×10 + 81×8 = 768; score = 100 × 768 / (10 × 93) = 82.5806…
    const ratings: CellInput[] = [10, ...new Array<CellInput>(15).fill(8), null, ""];
    expect(valueOf(creditScore(row(ratings)))).toBeCloseTo(76800 / 930, 10);
  });

  it("gives #N/A 'insufficient data' when 59 % of the default weight is rated", () => {
    // Blank: payment record 12, bank credit 8, profitability 8, solvency 10, product requirements 3 = 41.
    const ratings: CellInput[] = [...ALL_EIGHT];
    for (const index of [0, 1, 2, 3, 13]) ratings[index] = null;
    const failure = failureOf(creditScore(row(ratings)));
    expect(failure.code).toBe("#N/A");
    expect(failure.reason).toBe("insufficientData");
    expect(failure.params.values).toEqual({ coveragePercent: 59, minCoveragePercent: 60 });
  });

  it("accepts exactly 60 % coverage", () => {
    // weights 60 / 40, the second blank: coverage 0.6 → score of the first rating alone, 7 / 10.
    expect(valueOf(creditScore(row([7, null]), row([60, 40])))).toBeCloseTo(70, 10);
    expect(failureOf(creditScore(row([7, null]), row([59, 41]))).code).toBe("#N/A");
  });

  it("uses equal weights for a count other than 18, and the given ratingMax", () => {
    // (10 + 5) / 2 = 7.5 of 10 → 75; coverage 2/3.
    expect(valueOf(creditScore(row([10, 5, null])))).toBeCloseTo(75, 10);
    // ratingMax 5: (5/5 + 2.5/5) / 2 → 75.
    expect(valueOf(creditScore(row([5, 2.5]), null, 5))).toBeCloseTo(75, 10);
  });

  it("reads a column or a block of ratings row by row", () => {
    expect(valueOf(creditScore([[10], [5]], [[3], [1]]))).toBeCloseTo(87.5, 10); // (30 + 5) / 4 / 10
  });

  it("names the bad cell: text #VALUE!, out of 0..ratingMax #NUM!", () => {
    expect(failureOf(creditScore(row([8, "good"])))).toEqual({
      code: "#VALUE!",
      reason: "notANumber",
      params: { place: { argument: "ratings", item: 2 }, values: { value: "good" } },
    });
    expect(failureOf(creditScore(row([8, 11]))).code).toBe("#NUM!");
    expect(failureOf(creditScore(row([-1, 8]))).code).toBe("#NUM!");
    expect(failureOf(creditScore([[8], [true]])).params.place).toEqual({
      argument: "ratings",
      row: 2,
      column: 1,
    });
  });

  it("checks weights and ratingMax", () => {
    expect(failureOf(creditScore(row([8, 8]), row([1, 2, 3]))).code).toBe("#VALUE!"); // shape
    expect(failureOf(creditScore(row([8, 8]), [[1], [2]])).code).toBe("#VALUE!"); // 1×2 vs 2×1
    expect(failureOf(creditScore(row([8, 8]), row([1, -1]))).code).toBe("#NUM!");
    expect(failureOf(creditScore(row([8, 8]), row([0, 0]))).code).toBe("#NUM!");
    expect(failureOf(creditScore(row([8, 8]), row([1, null]))).code).toBe("#VALUE!");
    expect(failureOf(creditScore(row([8]), null, 0)).code).toBe("#NUM!");
    expect(failureOf(creditScore(row([8]), null, "ten")).code).toBe("#VALUE!");
  });

  it("gives #N/A when nothing is rated", () => {
    expect(failureOf(creditScore(row([null, "", "  "]))).code).toBe("#N/A");
  });
});

describe("AR.CREDITGRADE and AR.PAYMENTTERMS", () => {
  it.each([
    [100, "A", 120],
    [90, "A", 120],
    [89.999, "B", 90],
    [80, "B", 90],
    [60, "C", 60],
    [59.99, "D", 0],
    [0, "D", 0],
  ])("score %p → grade %p, %p days", (score, grade, terms) => {
    expect(valueOf(creditGrade(score))).toBe(grade);
    expect(valueOf(paymentTerms(score))).toBe(terms);
  });

  it("refuses scores outside 0..100 (#NUM!), text and blanks (#VALUE!)", () => {
    expect(failureOf(creditGrade(100.1)).code).toBe("#NUM!");
    expect(failureOf(paymentTerms(-0.5)).code).toBe("#NUM!");
    expect(failureOf(creditGrade("A+")).code).toBe("#VALUE!");
    expect(failureOf(creditGrade(null))).toEqual({
      code: "#VALUE!",
      reason: "required",
      params: { place: { argument: "score" } },
    });
  });
});

describe("AR.CREDITLIMIT", () => {
  it("applies the band multiplier to the orders of 3 months", () => {
    expect(valueOf(creditLimit(92, 400_000))).toBe(1_200_000); // 400,000 × 300 %
    expect(valueOf(creditLimit(85, null))).toBe(600_000); // blank → 300,000 × 200 %
    expect(valueOf(creditLimit(59.9, 1e6))).toBe(0); // below 60: no credit
    expect(valueOf(creditLimit(75, 123_456.78))).toBe(185_000); // × 150 % = 185,185.17 → 185,000
    expect(valueOf(creditLimit(85, 1e6, true))).toBe(600_000); // new customer: base 300,000
    expect(valueOf(creditLimit(85, 1e6, 0))).toBe(2_000_000); // 0 = FALSE
    expect(valueOf(creditLimit(90, 0))).toBe(0); // an existing customer with no orders in the window
  });

  it("refuses bad arguments", () => {
    expect(failureOf(creditLimit(101, 1000)).code).toBe("#NUM!");
    expect(failureOf(creditLimit("high", 1000)).code).toBe("#VALUE!");
    expect(failureOf(creditLimit(80, -1)).code).toBe("#NUM!");
    expect(failureOf(creditLimit(80, "lots")).params.place).toEqual({
      argument: "ordersLast3Months",
    });
    expect(failureOf(creditLimit(80, 1000, "yes")).code).toBe("#VALUE!");
  });
});

describe("AR.DAYSOVERDUE and AR.AGINGBUCKET", () => {
  const dueDaysBefore = (days: number) => AS_OF - days;

  it("counts a due date 45 days before the as-of date as 31-60", () => {
    expect(valueOf(daysOverdueOf(dueDaysBefore(45), AS_OF, S1900))).toBe(45);
    expect(valueOf(agingBucket(dueDaysBefore(45), AS_OF, null, null, S1900))).toBe("31-60");
  });

  it.each([
    [-10, "Not due"],
    [0, "Not due"],
    [1, "1-30"],
    [30, "1-30"],
    [31, "31-60"],
    [60, "31-60"],
    [61, "61-90"],
    [90, "61-90"],
    [91, "91-180"],
    [180, "91-180"],
    [181, ">180"],
  ])("%p days overdue → %p", (days, label) => {
    expect(valueOf(agingBucket(dueDaysBefore(days), AS_OF, undefined, undefined, S1900))).toBe(
      label
    );
  });

  it("asks for an as-of date when it is blank, and keeps the date part of a serial with a time", () => {
    expect(failureOf(daysOverdueOf(AS_OF - 3, null, S1900))).toEqual({
      code: "#VALUE!",
      reason: "asOfRequired",
      params: { values: { todayForm: "AR.DAYSOVERDUETODAY(dueDate)" } },
    });
    expect(failureOf(agingBucket(AS_OF - 3, "", null, null, S1900)).params.values).toEqual({
      todayForm: "AR.AGINGBUCKETTODAY(dueDate)",
    });
    expect(valueOf(daysOverdueOf(AS_OF - 3 + 0.75, AS_OF + 0.2, S1900))).toBe(3);
    expect(valueOf(agingBucket("2026-05-16", "2026-06-30", null, null, S1900))).toBe("31-60");
  });

  it("counts the TODAY forms from the calendar day they are given", () => {
    expect(valueOf(daysOverdueTodayOf(dueDaysBefore(45), S1900, AS_OF))).toBe(45);
    expect(valueOf(agingBucketToday(dueDaysBefore(45), null, "zh-CN", S1900, AS_OF))).toBe("31-60");
    expect(valueOf(daysOverdueTodayOf("2026-05-16", S1900, AS_OF))).toBe(45);
  });

  it("follows custom edges and the language", () => {
    expect(valueOf(agingBucket(dueDaysBefore(20), AS_OF, [[0, 15, 30]], null, S1900))).toBe(
      "16-30"
    );
    expect(valueOf(agingBucket(dueDaysBefore(31), AS_OF, [[0], [15], [30]], null, S1900))).toBe(
      ">30"
    );
    expect(valueOf(agingBucket(dueDaysBefore(-1), AS_OF, null, "zh-CN", S1900))).toBe("未到期");
    expect(valueOf(agingBucket(dueDaysBefore(-1), AS_OF, null, "ZH-tw", S1900))).toBe("未到期");
  });

  it("refuses bad dates, edges and languages", () => {
    expect(failureOf(daysOverdueOf("soon", AS_OF, S1900)).code).toBe("#VALUE!");
    expect(failureOf(daysOverdueOf("2026-02-30", AS_OF, S1900)).code).toBe("#VALUE!");
    expect(failureOf(daysOverdueOf(30, AS_OF, S1900))).toMatchObject({ code: "#NUM!" }); // 1900 leap-year gap
    expect(failureOf(daysOverdueOf(null, AS_OF, S1900)).code).toBe("#VALUE!");
    expect(failureOf(agingBucket(AS_OF, AS_OF, [[30, 10]], null, S1900)).code).toBe("#NUM!");
    expect(failureOf(agingBucket(AS_OF, AS_OF, [[1.5]], null, S1900)).code).toBe("#NUM!");
    expect(failureOf(agingBucket(AS_OF, AS_OF, [[-1, 30]], null, S1900)).code).toBe("#NUM!");
    expect(failureOf(agingBucket(AS_OF, AS_OF, [[null, ""]], null, S1900)).code).toBe("#VALUE!");
    expect(failureOf(agingBucket(AS_OF, AS_OF, null, "fr-FR", S1900))).toEqual({
      code: "#VALUE!",
      reason: "unknownLanguage",
      params: { values: { value: "fr-FR", supported: "en-US, zh-CN, zh-TW" } },
    });
  });
});

describe("the workbook's date system (1900 or 1904)", () => {
  /** 2026-06-30 in a 1904 workbook: 46203 − 1462 = 44741. */
  const AS_OF_1904 = AS_OF - 1462;
  const UNKNOWN: DateSystem = {
    date1904: null,
    unknownBecause: { reason: "readFailed", detail: "no Excel here" },
  };

  it("compares two date cells of one workbook alike in either system", () => {
    // A 1904 workbook hands 44741 and 44696 (2026-05-16); the difference is still 45.
    expect(valueOf(daysOverdueOf(AS_OF_1904 - 45, AS_OF_1904, DATE_SYSTEM_1904))).toBe(45);
    expect(valueOf(daysOverdueOf(AS_OF_1904 - 45, AS_OF_1904, UNKNOWN))).toBe(45);
  });

  it("places a YYYY-MM-DD text date in the workbook's system before comparing it with a cell", () => {
    expect(valueOf(daysOverdueOf("2026-05-16", AS_OF_1904, DATE_SYSTEM_1904))).toBe(45);
    expect(valueOf(daysOverdueOf("2026-05-16", AS_OF, DATE_SYSTEM_1900))).toBe(45);
    // Read as 1900, the same formula would say 45 − 1462 = −1417 days: refused, never guessed.
    expect(failureOf(daysOverdueOf("2026-05-16", AS_OF_1904, UNKNOWN))).toEqual({
      code: "#N/A",
      reason: "dateSystemUnknown",
      params: { values: { detail: "no Excel here" } },
    });
    // Two text dates need no system.
    expect(valueOf(agingBucket("2026-05-16", "2026-06-30", null, null, UNKNOWN))).toBe("31-60");
  });

  it("places today in the workbook's system in the TODAY forms", () => {
    expect(valueOf(daysOverdueTodayOf(AS_OF_1904 - 45, DATE_SYSTEM_1904, AS_OF))).toBe(45);
    expect(valueOf(agingBucketToday(AS_OF_1904 - 45, null, null, DATE_SYSTEM_1904, AS_OF))).toBe(
      "31-60"
    );
    expect(failureOf(daysOverdueTodayOf(AS_OF_1904 - 45, UNKNOWN, AS_OF)).code).toBe("#N/A");
  });
});

describe("Excel data-type values in place of plain cells", () => {
  it("computes on the basic value of an entity or a formatted number", () => {
    const score = { type: "FormattedNumber", basicValue: 92, numberFormat: "0" };
    const customer = { type: "Entity", text: "Acme", basicValue: "Acme", properties: {} };
    expect(valueOf(creditGrade(score))).toBe("A");
    expect(valueOf(creditLimit(score, { type: "Double", basicValue: 400_000 }))).toBe(1_200_000);
    expect(valueOf(daysOverdueOf({ type: "Double", basicValue: AS_OF - 45 }, AS_OF, S1900))).toBe(
      45
    );
    expect(failureOf(creditGrade(customer))).toEqual({
      code: "#VALUE!",
      reason: "notANumber",
      params: { place: { argument: "score" }, values: { value: "Acme" } },
    });
  });

  it("refuses by its type a value without a plain basic value, and reads an empty one as blank", () => {
    const image = { type: "WebImage", address: "https://example.com/logo.png" };
    expect(failureOf(creditGrade(image))).toEqual({
      code: "#VALUE!",
      reason: "notANumber",
      params: { place: { argument: "score" }, values: { value: "[WebImage]" } },
    });
    expect(failureOf(creditGrade({ type: "Empty", basicValue: "" }))).toEqual({
      code: "#VALUE!",
      reason: "required",
      params: { place: { argument: "score" } },
    });
    expect(valueOf(collectionAction(45, { type: "String", basicValue: "zh-CN" }))).toBe(
      valueOf(collectionAction(45, "zh-CN"))
    );
  });
});

describe("AR.COLLECTIONACTION and AR.DEBTCLASS", () => {
  it.each([
    [-1, "None"],
    [0, "Phone reminder"],
    [14, "Phone reminder"],
    [15, "First dunning letter"],
    [29, "First dunning letter"],
    [30, "Second letter; stop supply"],
    [59, "Second letter; stop supply"],
    [60, "Third letter"],
    [89, "Third letter"],
    [90, "Fourth letter"],
    [91, "Collection agency"],
    [180, "Collection agency"],
    [181, "Legal action"],
  ])("%p days → %p", (days, action) => {
    expect(valueOf(collectionAction(days))).toBe(action);
  });

  it.each([
    [-5, "Current"],
    [0, "Current"],
    [1, "In collection"],
    [90, "In collection"],
    [91, "Doubtful"],
    [180, "Doubtful"],
    [181, "Bad"],
    [365, "Bad"],
    [366, "Dead (write-off candidate)"],
  ])("%p days → %p", (days, debt) => {
    expect(valueOf(debtClass(days))).toBe(debt);
  });

  it("writes the same words as the review's English output labels", () => {
    expect(valueOf(collectionAction(15))).toBe(EN.actions.FIRST_LETTER);
    expect(valueOf(debtClass(400))).toBe(EN.debtClasses.DEAD);
  });

  it("translates", () => {
    expect(valueOf(collectionAction(30, "zh-CN"))).toBe("第二次催款函；停止供货");
    expect(valueOf(debtClass(400, "zh-TW"))).toBe("死帳（擬轉銷）");
  });

  it("refuses fractional and missing days", () => {
    expect(failureOf(collectionAction(1.5)).code).toBe("#NUM!");
    expect(failureOf(debtClass(null)).code).toBe("#VALUE!");
  });
});

describe("AR.ORDERCHECK", () => {
  it("is OK up to the limit, CASH ONLY one cent above, HOLD when anything is overdue", () => {
    expect(valueOf(orderCheckOf(1_000_000, 700_000, 300_000))).toBe("OK");
    expect(valueOf(orderCheckOf(1_000_000, 700_000, 300_000.01))).toBe("CASH ONLY");
    expect(valueOf(orderCheckOf(1_000_000, 0, 10, 1))).toBe("HOLD");
    expect(valueOf(orderCheckOf(1_000_000, 0, 10, 0))).toBe("OK"); // due today is not overdue
    // Unapplied credits lower the exposure: −50,000 + 1,050,000 = 1,000,000 ≤ limit.
    expect(valueOf(orderCheckOf(1_000_000, -50_000, 1_050_000))).toBe("OK");
    expect(valueOf(orderCheckOf(1_000_000, 0, 10, 5, "zh-TW"))).toBe("暫停出貨");
  });

  it("refuses a negative order or limit", () => {
    expect(failureOf(orderCheckOf(1000, 0, -1)).code).toBe("#NUM!");
    expect(failureOf(orderCheckOf(-1000, 0, 1)).code).toBe("#NUM!");
    expect(failureOf(orderCheckOf(1000, "", 1)).code).toBe("#VALUE!");
  });
});

describe("AR.WCLIMIT", () => {
  it("computes a strong balance sheet at 25 %", () => {
    // WC = 5.0 M − 2.5 M = 2.5 M; working assets = (2.5 M + 6.0 M) / 2 = 4.25 M
    // E = 5/2.5 + 3/2.5 − 2.5/6 − 4/6 = 2 + 1.2 − 0.4167 − 0.6667 = 2.117 > 1.0 → 25 %
    // 4,250,000 × 25 % = 1,062,500 → floored to 1,000 → 1,062,000
    expect(valueOf(workingCapitalLimitOf(5e6, 2e6, 2.5e6, 4e6, 6e6))).toBe(1_062_000);
  });

  it("computes a weak balance sheet at 7.5 %", () => {
    // WC = 0; working assets = (0 + 2 M) / 2 = 1 M; E = 1 + 0.5 − 1.5 − 3 = −3.0 → (−3.2, −2.5] → 7.5 %
    expect(valueOf(workingCapitalLimitOf(3e6, 1.5e6, 3e6, 6e6, 2e6))).toBe(75_000);
  });

  it("gives 0 for equity of 0 or less", () => {
    expect(valueOf(workingCapitalLimitOf(5e6, 2e6, 2.5e6, 4e6, 0))).toBe(0);
    expect(valueOf(workingCapitalLimitOf(5e6, 2e6, 2.5e6, 4e6, -100))).toBe(0);
  });

  it("refuses figures that cannot be right", () => {
    expect(failureOf(workingCapitalLimitOf(5e6, 2e6, 0, 4e6, 6e6)).params).toEqual({
      place: { argument: "currentLiabilities" },
      values: { value: 0 },
    });
    expect(failureOf(workingCapitalLimitOf(1e6, 2e6, 1e6, 4e6, 6e6)).code).toBe("#NUM!"); // stock > CA
    expect(failureOf(workingCapitalLimitOf(null, 2e6, 1e6, 4e6, 6e6)).code).toBe("#VALUE!");
  });
});

describe("AR.APPROVALLEVEL", () => {
  it.each([
    [0, 1],
    [1_500_000, 1],
    [1_500_000.01, 2],
    [1_500_001, 2],
    [6_000_000, 2],
    [10_000_000, 3],
    [15_000_000, 4],
    [20_000_000, 5],
    [20_000_001, 6],
  ])("limit %p → level %p", (limit, level) => {
    expect(valueOf(approvalLevelOf(limit))).toBe(level);
  });

  it("refuses a negative limit", () => {
    expect(failureOf(approvalLevelOf(-1)).code).toBe("#NUM!");
  });
});

describe("properties", () => {
  const ratingMax = DEFAULT_POLICY.score.ratingMax;
  const rating = fc.option(fc.double({ min: 0, max: ratingMax, noNaN: true }), { nil: null });
  const ratings = fc.array(rating, { minLength: 1, maxLength: 30 });

  it("CREDITSCORE is within 0..100, or #N/A for too little data", () => {
    fc.assert(
      fc.property(ratings, (list) => {
        const outcome = creditScore(row(list));
        if (isFailure(outcome)) return outcome.code === "#N/A";
        return outcome >= 0 && outcome <= 100;
      })
    );
  });

  it("a higher rating never lowers the score (18 default weights)", () => {
    const full = fc.array(fc.double({ min: 0, max: ratingMax, noNaN: true }), {
      minLength: 18,
      maxLength: 18,
    });
    fc.assert(
      fc.property(
        full,
        fc.nat(17),
        fc.double({ min: 0, max: ratingMax, noNaN: true }),
        (list, index, raised) => {
          const higher = [...list];
          higher[index] = Math.max(list[index], raised);
          return valueOf(creditScore(row(higher))) >= valueOf(creditScore(row(list))) - 1e-9;
        }
      )
    );
  });

  it("a higher score never lowers the limit, and a limit is whole thousands", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 1e9 }),
        (a, b, orders) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowLimit = valueOf(creditLimit(low, orders));
          const highLimit = valueOf(creditLimit(high, orders));
          return highLimit >= lowLimit && highLimit % DEFAULT_POLICY.limit.roundingUnit === 0;
        }
      )
    );
  });

  it("DAYSOVERDUE is as-of minus due, and the bucket never falls as days rise", () => {
    const labels = ["Not due", "1-30", "31-60", "61-90", "91-180", ">180"];
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 800 }), fc.nat(400), (days, extra) => {
        const due = AS_OF - days;
        const later = labels.indexOf(valueOf(agingBucket(due - extra, AS_OF, null, null, S1900)));
        const now = labels.indexOf(valueOf(agingBucket(due, AS_OF, null, null, S1900)));
        return valueOf(daysOverdueOf(due, AS_OF, S1900)) === days && now >= 0 && later >= now;
      })
    );
  });
});
