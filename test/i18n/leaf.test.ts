/** src/i18n is a leaf (ARCHITECTURE.md): it may import nothing of ours outside its own folder. */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../../src/i18n");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT_FROM =
  /(?:import|export)[^"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

test("every import of src/i18n stays inside src/i18n, and no package is imported", () => {
  const files = sourceFiles(ROOT);
  expect(files.length).toBeGreaterThan(10);
  const outside: string[] = [];
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT_FROM)) {
      const specifier = match[1] ?? match[2];
      const target = specifier.startsWith(".") ? resolve(dirname(file), specifier) : null;
      if (target === null || relative(ROOT, target).startsWith(".."))
        outside.push(`${relative(ROOT, file)} → ${specifier}`);
    }
  }
  expect(outside).toEqual([]);
});
