/**
 * The engine and the workbook layer carry no sentences: a reason travels as a code with its place
 * and params, and only `src/i18n` words it. This fails when a `*_MESSAGES` table comes back to
 * either folder, or when an engine error stops being its own code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import * as engineErrors from "../../src/engine/errors";

const ROOT = join(__dirname, "..", "..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Names of the top-level `const` declarations of a file that end in `_MESSAGES`. */
function messageTables(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) =>
    ts.isVariableStatement(statement)
      ? statement.declarationList.declarations
          .map((declaration) => declaration.name.getText(source))
          .filter((name) => name.endsWith("_MESSAGES"))
      : []
  );
}

describe("no sentence tables in the engine or the workbook layer", () => {
  test("no *_MESSAGES constant in src/engine or src/workbook", () => {
    const found = ["engine", "workbook"].flatMap((folder) =>
      sourceFiles(join(ROOT, "src", folder)).flatMap((path) =>
        messageTables(path).map((name) => `${relative(ROOT, path)}: ${name}`)
      )
    );
    expect(found).toEqual([]);
  });

  test("each engine error constant is its own code, not a sentence", () => {
    const strings = Object.entries(engineErrors).flatMap(([name, value]): [string, string][] =>
      typeof value === "string" ? [[name, value]] : []
    );
    expect(strings.length).toBeGreaterThanOrEqual(14);
    for (const [name, value] of strings) expect(value).toBe(name);
  });

  test("an engine error carries its code and, for a refused policy, the issues", () => {
    const error = new engineErrors.EngineError(engineErrors.INVALID_POLICY, [
      { code: "MISSING", severity: "error", place: { path: "collection" }, params: {} },
    ]);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.code).toBe("INVALID_POLICY");
    expect(error.issues.map((issue) => issue.place.path)).toEqual(["collection"]);
  });
});
