/** Where the pictures come from and go, and the review they show. */
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
export const OUT = path.resolve(__dirname, "..");
export const SAMPLE = path.join(ROOT, "assets/sample/credit-desk-sample.xlsx");
export const CLI = path.join(ROOT, "src/cli/main.ts");
/** The sample is built around this date: every grade, status and bucket shows up on it. */
export const AS_OF = "2026-06-30";

export function requireFile(file: string, hint: string): void {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: ${hint}`);
}
