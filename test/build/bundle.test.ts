/**
 * The production build: what the first load of taskpane.html costs, that the file mode (the
 * .xlsx reader and package writer) only ever arrives lazily, in its own chunk, through the file
 * mode's import(), that no spreadsheet library and no GPL test code is shipped, and that Office.js
 * comes from Microsoft's CDN, never from a copy in dist/.
 */
import * as fs from "fs";
import { gzipSync } from "zlib";
import { distPath, readDist, readDistJson } from "./dist-files";

interface BundlePart {
  files: string[];
  packages: string[];
}

interface BundleReport {
  entries: Record<string, BundlePart>;
  lazy: BundlePart;
}

/** Libraries that read or write spreadsheets: the file mode needs none of them. */
const SPREADSHEET_LIBRARIES = ["exceljs", "jszip", "xlsx", "hyperformula"];
/** The file mode's worker chunk (webpackChunkName in src/taskpane/worker/spawn-review-worker.ts). */
const FILE_MODE_CHUNK = /^file-mode\.[0-9a-f]{8}\.js$/;
/** Text only the package writer carries (its zip limit message); the pane's own code never does. */
const PACKAGE_WRITER_MARKER = "a zip file holds without ZIP64";
/** A write step only the Office.js adapter's applier names; file mode never needs the adapter. */
const EXCEL_ADAPTER_MARKER = '"clearConditionalFormats"';

/** A text only the pane shows: the preview's title, from the pane's message catalog. */
const PANE_MESSAGE_MARKER = "Preview: what the review will write";
/** A policy-sheet setting's words (the policy-key tables), needed only when a review writes its plan. */
const POLICY_SHEET_MARKER = "Least share of the weight rated to grade";
/** A Trends tab heading (the late catalogs in src/i18n/messages-late/), needed only once that tab opens. */
const LATE_WORDS_MARKER = "Open amount and DSO per review";
/** Office.js as Microsoft hosts it: the only copy supported in production. */
const OFFICE_CDN_SCRIPT = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The budget of the pane's first load, gzipped (entry chunk + webpack runtime). */
const INITIAL_TASKPANE_BUDGET_BYTES = 250 * 1024;

function gzippedSize(files: string[]): number {
  return files.reduce(
    (total, file) => total + gzipSync(fs.readFileSync(distPath(file)), { level: 9 }).length,
    0
  );
}

describe("production bundle", () => {
  it("says how to make the build when a file of it is missing", () => {
    expect(() => readDist("no-such-file.json")).toThrow("run `npm run build` first");
  });

  it("loads Office.js first, from Microsoft's CDN, then the runtime, the functions and the pane", () => {
    const html = readDist("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^">\s]+)"?/g)].map((match) => match[1]);
    expect(scripts).toEqual([OFFICE_CDN_SCRIPT, "runtime.js", "functions.js", "taskpane.js"]);
    expect(html).toMatch(/<div id="?root"?>/);
  });

  it("ships no spreadsheet library, in the first load or later", () => {
    const report = readDistJson<BundleReport>("bundle-report.json");
    expect(Object.keys(report.entries).sort()).toEqual(["functions", "taskpane"]);
    for (const [entry, part] of [...Object.entries(report.entries), ["lazy", report.lazy]] as const)
      expect({
        entry,
        libraries: part.packages.filter((p) => SPREADSHEET_LIBRARIES.includes(p)),
      }).toEqual({
        entry,
        libraries: [],
      });
  });

  it("keeps the package writer in the lazy file-mode chunk, out of both entries' first load", () => {
    const report = readDistJson<BundleReport>("bundle-report.json");
    const fileMode = report.lazy.files.filter((file) => FILE_MODE_CHUNK.test(file));
    expect(fileMode).toHaveLength(1);
    expect(readDist(fileMode[0])).toContain(PACKAGE_WRITER_MARKER);
    for (const part of Object.values(report.entries))
      for (const file of part.files) {
        expect(file).not.toMatch(FILE_MODE_CHUNK);
        expect({ file, writer: readDist(file).includes(PACKAGE_WRITER_MARKER) }).toEqual({
          file,
          writer: false,
        });
      }
  });

  it("keeps the Office.js adapter out of the first load, in a chunk only Excel fetches", () => {
    const report = readDistJson<BundleReport>("bundle-report.json");
    const initial = [...new Set(Object.values(report.entries).flatMap((part) => part.files))];
    expect(initial.filter((file) => readDist(file).includes(EXCEL_ADAPTER_MARKER))).toEqual([]);
    expect(
      report.lazy.files.filter((file) => readDist(file).includes(EXCEL_ADAPTER_MARKER)).length
    ).toBeGreaterThan(0);
  });

  it("ships no HyperFormula (GPL-3.0, tests only) anywhere", () => {
    const report = readDistJson<BundleReport>("bundle-report.json");
    const everything = [...Object.values(report.entries), report.lazy].flatMap(
      (part) => part.packages
    );
    expect(everything).not.toContain("hyperformula");
  });

  it(`keeps the pane's first load within ${INITIAL_TASKPANE_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const report = readDistJson<BundleReport>("bundle-report.json");
    expect(gzippedSize(report.entries.taskpane.files)).toBeLessThanOrEqual(
      INITIAL_TASKPANE_BUDGET_BYTES
    );
  });

  it(`keeps the whole page's first load (runtime, functions, pane) within ${INITIAL_TASKPANE_BUDGET_BYTES / 1024} KB gzipped`, () => {
    // The shared runtime's page loads both entries before the pane draws: both count.
    const report = readDistJson<BundleReport>("bundle-report.json");
    const files = [...new Set(Object.values(report.entries).flatMap((part) => part.files))];
    expect(files.sort()).toEqual(["functions.js", "runtime.js", "taskpane.js"]);
    expect(gzippedSize(files)).toBeLessThanOrEqual(INITIAL_TASKPANE_BUDGET_BYTES);
  });

  it("keeps the pane's message catalogs out of the functions entry: the pane carries them once", () => {
    // A copy in functions.js doubled them in the page's first load.
    const report = readDistJson<BundleReport>("bundle-report.json");
    const functionsText = report.entries.functions.files.map((file) => readDist(file)).join("\n");
    expect(readDist("taskpane.js")).toContain(PANE_MESSAGE_MARKER);
    expect(functionsText).not.toContain(PANE_MESSAGE_MARKER);
    // The words a function result shares with the review are still there.
    for (const word of ["Second letter; stop supply", "Not due", "第二次催款函；停止供货"])
      expect(functionsText).toContain(word);
  });

  it("keeps the policy sheet's words out of the first load, in a lazy chunk of the review", () => {
    const report = readDistJson<BundleReport>("bundle-report.json");
    const initial = [...new Set(Object.values(report.entries).flatMap((part) => part.files))];
    const holding = (files: string[]) =>
      files.filter((file) => readDist(file).includes(POLICY_SHEET_MARKER));
    expect(holding(initial)).toEqual([]);
    expect(holding(report.lazy.files).length).toBeGreaterThan(0);
  });

  it("keeps the words of the lazily loaded tabs and panels out of the first load, in a lazy chunk", () => {
    const report = readDistJson<BundleReport>("bundle-report.json");
    const initial = [...new Set(Object.values(report.entries).flatMap((part) => part.files))];
    const holding = (files: string[]) =>
      files.filter((file) => readDist(file).includes(LATE_WORDS_MARKER));
    expect(holding(initial)).toEqual([]);
    expect(holding(report.lazy.files)).toHaveLength(1);
  });

  it("ships no copy of Office.js: neither the npm package's folder nor any of its files", () => {
    const everything = fs.readdirSync(distPath("."), { recursive: true, encoding: "utf8" });
    expect(fs.existsSync(distPath("office-js"))).toBe(false);
    expect(
      everything.filter((file) =>
        /(^|[\\/])(office|excel-[a-z0-9]+-[0-9.]+|office_strings|o15apptofilemappingtable)\.js$/.test(
          file
        )
      )
    ).toEqual([]);
  });

  it("copies the manifest and the icons", () => {
    expect(readDist("manifest.xml")).toContain("<Id>2a0f4d85-ab8a-476f-97b9-e786cebd50b5</Id>");
    for (const size of [16, 32, 64, 80])
      expect(fs.existsSync(distPath(`assets/icons/icon-${size}.png`))).toBe(true);
    expect(fs.existsSync(distPath("assets/icons/make-icons.js"))).toBe(false);
  });
});
