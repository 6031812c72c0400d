/**
 * The engine and the workbook layer carry no sentences: a reason travels as a code with its place
 * and params, and only `src/i18n` words it. This fails when a `*_MESSAGES` or `*_REASON(S)` table
 * comes back to either folder, or when an engine error stops being its own code.
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

/** Names a table of sentences went by: `NUMBER_REASONS`, `TERMS_REASON`, `LOG_MESSAGES`. */
function isSentenceTableName(name: string): boolean {
  return name.endsWith("_MESSAGES") || name.endsWith("_REASONS") || name.endsWith("_REASON");
}

/** Names of the top-level `const` declarations of a file that look like a sentence table. */
function sentenceTables(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) =>
    ts.isVariableStatement(statement)
      ? statement.declarationList.declarations
          .map((declaration) => declaration.name.getText(source))
          .filter(isSentenceTableName)
      : []
  );
}

describe("no sentence tables in the engine or the workbook layer", () => {
  test("the table names it looks for are the ones sentences went by", () => {
    expect(["NUMBER_REASONS", "TERMS_REASON", "LOG_MESSAGES"].every(isSentenceTableName)).toBe(
      true
    );
    expect(["READ_CODES", "REASON_CODES", "KNOWN_REASON_CODES"].some(isSentenceTableName)).toBe(
      false
    );
  });

  test("no *_MESSAGES or *_REASON(S) constant in src/engine or src/workbook", () => {
    const found = ["engine", "workbook"].flatMap((folder) =>
      sourceFiles(join(ROOT, "src", folder)).flatMap((path) =>
        sentenceTables(path).map((name) => `${relative(ROOT, path)}: ${name}`)
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
