/**
 * The shipped dist/functions.js, run as Excel's shared runtime would: the webpack runtime and
 * the functions bundle evaluated in a sandbox whose CustomFunctions records what the bundle
 * associates. Proves the metadata plugin appended an association for every published id and
 * that failures reach Excel as CustomFunctions.Error with the right code.
 */
import * as vm from "vm";
import { serialFromUtcDate } from "../../src/engine/dates";
import { readDist, readDistJson } from "./dist-files";

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

type CustomFunction = (...args: unknown[]) => unknown;

function loadBundle(): Record<string, CustomFunction> {
  const associations: Record<string, CustomFunction> = {};
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: CustomFunction) => {
        associations[id] = fn;
      },
      Error: FakeCustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A" },
    },
    // What webpack's runtime reads to find where lazy chunks and the file-mode worker live.
    document: {
      baseURI: "https://localhost:3000/taskpane.html",
      currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/runtime.js" },
      getElementsByTagName: () => [],
    },
  };
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  for (const file of ["runtime.js", "functions.js"])
    vm.runInContext(readDist(file), sandbox, { filename: file });
  return associations;
}

function thrown(call: () => unknown): FakeCustomFunctionsError {
  try {
    call();
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return error;
    throw error;
  }
  throw new Error("expected CustomFunctions.Error");
}

describe("dist/functions.js in a shared runtime", () => {
  const functions = loadBundle();

  it("associates every id of functions.json", () => {
    const ids = readDistJson<{ functions: { id: string }[] }>("functions.json").functions.map(
      (fn) => fn.id
    );
    expect(Object.keys(functions).sort()).toEqual([...ids].sort());
  });

  it("computes from Excel-shaped arguments", () => {
    expect(functions.CREDITSCORE([new Array(18).fill(8)], null, null)).toBeCloseTo(80, 10);
    expect(functions.CREDITLIMIT(92, 400000, null)).toBe(1_200_000);
    expect(functions.ORDERCHECK(1000, 0, 10, 3, "zh-CN")).toBe("暂停发货");
  });

  it("uses today's UTC date when the as-of date is omitted", () => {
    // 45000 = 2023-03-15: more than 180 days before any day this test runs on.
    expect(functions.AGINGBUCKET(45000, null, null, null)).toBe(">180");
    const days = functions.DAYSOVERDUE(45000, null) as number;
    const expected = serialFromUtcDate(new Date()) - 45000;
    expect(Math.abs(days - expected)).toBeLessThanOrEqual(1); // a run across midnight UTC
  });

  it("throws CustomFunctions.Error: #VALUE! and #N/A with a message, #NUM! without", () => {
    expect(thrown(() => functions.CREDITGRADE("x"))).toEqual({
      code: "#VALUE!",
      message: 'score must be a number, not "x"',
    });
    expect(thrown(() => functions.CREDITSCORE([[8, null, null]], [[1, 1, 1]], null))).toMatchObject(
      {
        code: "#N/A",
        message: expect.stringContaining("insufficient data"),
      }
    );
    expect(thrown(() => functions.CREDITGRADE(101))).toEqual({ code: "#NUM!", message: undefined });
  });
});
