/**
 * The published interface of the AR.* functions. dist/functions.json is generated from the JSDoc
 * of src/functions/functions.ts; it must match the golden file, written by hand from the spec,
 * because a published id, parameter or type never changes. The zh-CN / zh-TW copies must carry
 * the same functions with translated descriptions.
 */
import golden from "./functions.golden.json";
import { readDistJson } from "./dist-files";
import { AR_FUNCTIONS } from "../functions/support/ar-function-plugin";

interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result?: { type?: string; dimensionality?: string };
  options?: { volatile?: boolean };
}

interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: MetadataFunction[];
}

/** The published shape of one function, with the metadata format's defaults written out. */
function published(fn: MetadataFunction) {
  return {
    id: fn.id,
    name: fn.name,
    parameters: fn.parameters.map((parameter) => ({
      name: parameter.name,
      type: parameter.type ?? "any",
      dimensionality: parameter.dimensionality ?? "scalar",
      optional: parameter.optional ?? false,
    })),
    result: {
      type: fn.result?.type ?? "any",
      dimensionality: fn.result?.dimensionality ?? "scalar",
    },
    volatile: fn.options?.volatile ?? false,
  };
}

const { localizeMetadata } = require("../../webpack.config.js") as {
  localizeMetadata: (
    metadata: Metadata,
    table: Record<string, { description: string; parameters: Record<string, string> }>
  ) => { localized: Metadata; missing: string[]; unused: string[] };
};

const byId = <T extends { id: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

describe("dist/functions.json", () => {
  it("publishes the 14 AR functions exactly as the golden file says", () => {
    const metadata = readDistJson<Metadata>("functions.json");
    expect(metadata.functions).toHaveLength(14);
    expect(byId(metadata.functions.map(published))).toEqual(byId(golden.functions));
  });

  it("keeps Excel data types out of the functions' any parameters, in every language", () => {
    for (const file of ["functions.json", "functions.zh-CN.json", "functions.zh-TW.json"])
      expect({
        file,
        allow: readDistJson<Metadata>(file).allowCustomDataForDataTypeAny,
      }).toEqual({ file, allow: golden.allowCustomDataForDataTypeAny });
    expect(golden.allowCustomDataForDataTypeAny).toBe(false);
  });

  it("is volatile only in the TODAY forms: a given as-of date recalculates only when it changes", () => {
    const volatile = readDistJson<Metadata>("functions.json")
      .functions.filter((fn) => fn.options?.volatile)
      .map((fn) => fn.id);
    expect(volatile.sort()).toEqual(["AGINGBUCKETTODAY", "DAYSOVERDUETODAY"]);
  });

  it("gives every function and parameter a description for the formula builder", () => {
    for (const fn of readDistJson<Metadata>("functions.json").functions) {
      expect({ id: fn.id, description: (fn.description ?? "").length > 10 }).toEqual({
        id: fn.id,
        description: true,
      });
      for (const parameter of fn.parameters) {
        expect({
          id: fn.id,
          parameter: parameter.name,
          described: (parameter.description ?? "").length > 3,
        }).toEqual({
          id: fn.id,
          parameter: parameter.name,
          described: true,
        });
      }
    }
  });

  it("covers the same functions and arities as the formula harness", () => {
    const harness = Object.entries(AR_FUNCTIONS).map(([name, fn]) => [name, fn.parameters.length]);
    const goldenList = golden.functions.map((fn) => [
      `${golden.namespace}.${fn.id}`,
      fn.parameters.length,
    ]);
    expect(harness.sort()).toEqual(goldenList.sort());
  });

  it.each(["zh-CN", "zh-TW"])("functions.%s.json has the same functions, translated", (locale) => {
    const english = readDistJson<Metadata>("functions.json");
    const localized = readDistJson<Metadata>(`functions.${locale}.json`);
    expect(byId(localized.functions.map(published))).toEqual(
      byId(english.functions.map(published))
    );
    const englishById = new Map(english.functions.map((fn) => [fn.id, fn]));
    for (const fn of localized.functions) {
      const source = englishById.get(fn.id);
      // Every description is in Chinese: it holds CJK ideographs and differs from the English one.
      expect({ id: fn.id, chinese: /[\u4e00-\u9fff]/.test(fn.description ?? "") }).toEqual({
        id: fn.id,
        chinese: true,
      });
      expect(fn.description).not.toBe(source?.description);
      fn.parameters.forEach((parameter, index) => {
        expect({
          id: fn.id,
          parameter: parameter.name,
          chinese: /[\u4e00-\u9fff]/.test(parameter.description ?? ""),
        }).toEqual({
          id: fn.id,
          parameter: parameter.name,
          chinese: true,
        });
        expect(parameter.description).not.toBe(source?.parameters[index].description);
      });
    }
  });
});

describe("localised metadata", () => {
  const metadata: Metadata = {
    functions: [
      {
        id: "F",
        name: "F",
        description: "Adds.",
        parameters: [{ name: "a", description: "A number." }],
      },
    ],
  };

  it("translates descriptions and keeps everything else", () => {
    const { localized, missing, unused } = localizeMetadata(metadata, {
      F: { description: "相加。", parameters: { a: "数字。" } },
    });
    expect(localized.functions).toEqual([
      {
        id: "F",
        name: "F",
        description: "相加。",
        parameters: [{ name: "a", description: "数字。" }],
      },
    ]);
    expect([missing, unused]).toEqual([[], []]);
  });

  it("reports what the table lacks and what it translates in vain, so the build can refuse it", () => {
    const { missing, unused } = localizeMetadata(metadata, {
      F: { description: "相加。", parameters: { b: "旧参数。" } },
      G: { description: "已删除。", parameters: {} },
    });
    expect(missing).toEqual(["F.a"]);
    expect(unused).toEqual(["F.b", "G"]);
  });
});
