/**
 * The add-in's first load: every script and stylesheet `dist/taskpane.html` loads before the pane
 * can draw, raw and gzipped (target ≤ 250 KB gzipped for our own code; Office.js is the host's
 * library and is listed apart), and proof that the file mode's package reader and writer are not
 * among them: their marker text must be found in a lazily loaded chunk and in none of the initial assets.
 * Builds with `npm run build` when dist/ has no pane. Run alone with `npx tsx test/bench/bundle-size.ts`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { printBenchLines } from "./print-bench-lines";

const ROOT = resolve(__dirname, "../..");
const DIST = join(ROOT, "dist");
const PAGE = join(DIST, "taskpane.html");
const TARGET_GZIP_KB = 250;
/** Text only the file mode's package writer carries (src/file/package-writer/zip-writer.ts). */
export const FILE_MODE_MARKERS = ["a zip file holds without ZIP64"];
const KB = 1024;

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
  /** The host's library (Office.js), not our bundle. */
  host: boolean;
}

/** Scripts and stylesheets a page loads up front, in order. */
export function initialAssets(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map(
    (match) => match[1]
  );
  const styles = [...html.matchAll(/<link\b[^>]*\bhref=["']?([^"' >]+\.css)/gi)].map(
    (match) => match[1]
  );
  return [...scripts, ...styles].filter((src) => !/^(https?:)?\/\//.test(src));
}

function ensureBuilt(): void {
  if (existsSync(PAGE)) return;
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = spawnSync(npm, ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0 || !existsSync(PAGE))
    throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}

export function measureAssets(): AssetSize[] {
  const html = readFileSync(PAGE, "utf8");
  return initialAssets(html).map((file) => {
    const bytes = readFileSync(join(DIST, file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      host: file.startsWith("office-js/"),
    };
  });
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

export async function benchBundle(): Promise<string[]> {
  ensureBuilt();
  const assets = measureAssets();
  const ours = assets.filter((asset) => !asset.host);
  const raw = ours.reduce((sum, asset) => sum + asset.raw, 0);
  const gzip = ours.reduce((sum, asset) => sum + asset.gzip, 0);
  const lines = assets.map(
    (asset) =>
      `  ${asset.file}: ${kb(asset.raw)} raw, ${kb(asset.gzip)} gzipped${asset.host ? " (Office.js, the host's library: not counted)" : ""}`
  );
  const met = gzip / KB <= TARGET_GZIP_KB;
  // The page is the shared runtime: it loads the custom functions too. The pane's own entry is shown apart.
  const paneOnly = ours.filter((asset) => !asset.file.startsWith("functions"));
  const paneGzip = paneOnly.reduce((sum, asset) => sum + asset.gzip, 0);
  lines.unshift(
    `Task pane page first load: ${ours.length} assets, ${kb(raw)} raw, ${kb(gzip)} gzipped — target ≤ ${TARGET_GZIP_KB} KB gzipped: ${met ? "met" : "not met"}` +
      ` (the pane's own entry ${paneOnly.map((asset) => asset.file).join(" + ")}: ${kb(paneGzip)} gzipped; the rest is the custom functions the shared page also loads)`
  );

  const initialText = assets
    .map((asset) => readFileSync(join(DIST, asset.file), "latin1"))
    .join("\n");
  const lazy = readdirSync(DIST).filter(
    (file) => file.endsWith(".js") && !assets.some((asset) => asset.file === file)
  );
  const lazyHolding = lazy.filter((file) => {
    const text = readFileSync(join(DIST, file), "latin1");
    return FILE_MODE_MARKERS.every((marker) => text.includes(marker));
  });
  const inInitial = FILE_MODE_MARKERS.filter((marker) => initialText.includes(marker));
  if (lazyHolding.length === 0) {
    lines.push(
      `file-mode markers (${FILE_MODE_MARKERS.join(", ")}) found in no lazy chunk: the check proves nothing; update the markers`
    );
  } else {
    lines.push(
      inInitial.length === 0
        ? `the file mode's reader and writer are not in the first load: their markers (${FILE_MODE_MARKERS.join(", ")}) are only in the lazy chunk ${lazyHolding.join(", ")}`
        : `the file mode's reader and writer ARE in the first load: ${inInitial.join(", ")} found in the initial assets`
    );
  }
  return lines;
}

if (require.main === module) {
  printBenchLines(benchBundle());
}
