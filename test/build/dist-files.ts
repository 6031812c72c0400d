/** Reading the production build from tests; a missing build says how to make it. */
import * as fs from "fs";
import * as path from "path";

export const DIST = path.resolve(__dirname, "../../dist");

export const BUILD_MISSING =
  "dist/ has no production build: run `npm run build` first (`npm test` does it).";

export function distPath(file: string): string {
  return path.join(DIST, file);
}

export function readDist(file: string): string {
  const full = distPath(file);
  if (!fs.existsSync(full)) throw new Error(`${file} missing. ${BUILD_MISSING}`);
  return fs.readFileSync(full, "utf8");
}

export function readDistJson<T>(file: string): T {
  return JSON.parse(readDist(file)) as T;
}
