/**
 * The rooms of src/ and who may enter (ARCHITECTURE.md), as one table: each folder, the folders it
 * may import values from, those it may import only types from (`import type`, erased from the
 * bundle), and whether it may import npm packages. Every import, export-from, `import()` and
 * `require()` of every source file is read with the TypeScript compiler's parser; a failure
 * names the file and the import.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const SRC = resolve(__dirname, "../../src");

type Folder = "engine" | "workbook" | "excel" | "file" | "functions" | "taskpane" | "cli" | "i18n";

interface Rule {
  values: readonly Folder[];
  typesOnly: readonly Folder[];
  packages: boolean;
}

const ALLOWED: Record<Folder, Rule> = {
  engine: { values: [], typesOnly: [], packages: false },
  workbook: { values: ["engine"], typesOnly: [], packages: true },
  excel: { values: ["workbook", "engine"], typesOnly: [], packages: true },
  file: { values: ["workbook", "engine"], typesOnly: [], packages: true },
  functions: { values: ["engine", "i18n"], typesOnly: [], packages: true },
  taskpane: {
    values: ["excel", "file", "workbook", "engine", "i18n"],
    typesOnly: [],
    packages: true,
  },
  cli: { values: ["file", "workbook", "engine", "i18n"], typesOnly: [], packages: true },
  i18n: { values: [], typesOnly: ["engine", "workbook"], packages: false },
};

interface FoundImport {
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") || entry.name.endsWith(".tsx") ? [path] : [];
  });
}

/** An import declaration brings only types when the clause, or each of its names, says so. */
function importIsTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause === undefined) return false; // `import "x"` runs the module.
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function exportIsTypeOnly(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

export function importsOf(fileName: string, text: string): FoundImport[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: FoundImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: importIsTypeOnly(node) });
    else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: exportIsTypeOnly(node) });
    else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    )
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const [first] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      if ((isImport || isRequire) && ts.isStringLiteralLike(first))
        found.push({ specifier: first.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The folder of src/ a path lies in, or null when it lies outside src/. */
function folderOf(path: string): string | null {
  const inside = relative(SRC, path);
  if (inside.startsWith("..")) return null;
  return inside.split(sep)[0];
}

/** Why an import breaks the table, or null when it is allowed. */
function violation(file: string, found: FoundImport): string | null {
  const from = folderOf(file) as Folder;
  const rule = ALLOWED[from];
  if (!found.specifier.startsWith(".")) {
    // `node:` built-ins and packages alike: the engine and the words stay free of both.
    return rule.packages ? null : "a package, which this folder may not import";
  }
  const target = folderOf(resolve(dirname(file), found.specifier));
  if (target === from) return null;
  if (target === null) return "a file outside src/";
  if ((rule.values as readonly string[]).includes(target)) return null;
  if ((rule.typesOnly as readonly string[]).includes(target))
    return found.typeOnly
      ? null
      : `${target}/ with a value import (only \`import type\` is allowed)`;
  return `${target}/, which ${from}/ may not import`;
}

describe("the rooms of src/ import only what ARCHITECTURE.md allows", () => {
  test("every folder of src/ is in the table", () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(Object.keys(ALLOWED).sort());
  });

  test.each(Object.keys(ALLOWED))("%s/", (folder) => {
    const files = sourceFiles(join(SRC, folder));
    expect(files.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const file of files) {
      for (const found of importsOf(file, readFileSync(file, "utf8"))) {
        const why = violation(file, found);
        if (why !== null)
          broken.push(`${relative(SRC, file)} imports "${found.specifier}": ${why}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("the parser sees every kind of import", () => {
  const text = [
    'import { a } from "../engine/a";',
    'import type { B } from "../workbook/b";',
    'import { type C, type D } from "../workbook/c";',
    'import { type E, f } from "../workbook/e";',
    'import "../excel/side-effect";',
    'export { g } from "../file/g";',
    'export type { H } from "../workbook/h";',
    'type I = import("../workbook/i").I;',
    'const j = () => import("../taskpane/j");',
    'const k = require("../cli/k");',
    "// import { fake } from '../cli/in-a-comment';",
    "const text = \"import { alsoFake } from '../cli/in-a-string'\";",
  ].join("\n");

  test("value and type imports, re-exports, import types, dynamic imports and require; not comments or strings", () => {
    expect(importsOf("src/i18n/example.ts", text)).toEqual([
      { specifier: "../engine/a", typeOnly: false },
      { specifier: "../workbook/b", typeOnly: true },
      { specifier: "../workbook/c", typeOnly: true },
      { specifier: "../workbook/e", typeOnly: false },
      { specifier: "../excel/side-effect", typeOnly: false },
      { specifier: "../file/g", typeOnly: false },
      { specifier: "../workbook/h", typeOnly: true },
      { specifier: "../workbook/i", typeOnly: true },
      { specifier: "../taskpane/j", typeOnly: false },
      { specifier: "../cli/k", typeOnly: false },
    ]);
  });

  test("the table refuses what it should: a value import into i18n/, and functions/ reaching taskpane/", () => {
    const i18nFile = join(SRC, "i18n", "example.ts");
    expect(violation(i18nFile, { specifier: "../workbook/labels", typeOnly: true })).toBeNull();
    expect(violation(i18nFile, { specifier: "../workbook/labels", typeOnly: false })).toBe(
      "workbook/ with a value import (only `import type` is allowed)"
    );
    expect(violation(i18nFile, { specifier: "node:fs", typeOnly: false })).toBe(
      "a package, which this folder may not import"
    );
    const functionsFile = join(SRC, "functions", "example.ts");
    expect(violation(functionsFile, { specifier: "../taskpane/index", typeOnly: false })).toBe(
      "taskpane/, which functions/ may not import"
    );
    expect(violation(functionsFile, { specifier: "../engine/score", typeOnly: false })).toBeNull();
  });
});
