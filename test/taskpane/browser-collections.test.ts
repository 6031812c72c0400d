/**
 * The built pane in a real browser, file mode, in a 320 px pane: a workbook with a Collection
 * Log (collections-workbook.ts, numbers worked out there) is dropped and reviewed; the
 * Collections tab lists its worklist by priority as a list that fits the pane, a filter chip
 * narrows it; on the Policy tab, Simulate with grade A starting at 92 shows C1 moving from A to
 * B in the migration grid, and nothing is written (no reviewed copy is offered or downloaded).
 * Screenshots of both views go to test-artifacts/ for a person to look at.
 * Needs the production build and Chromium, like browser-file-mode.test.ts.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { RawWorkbook } from "../../src/workbook/raw";
import {
  ARTIFACTS,
  browserTest,
  type BuiltPane,
  chromiumPresent,
  reviewDroppedFile,
  startBuiltPane,
  watchPolicyViolations,
} from "./browser-harness";
import { collectionsWorkbook } from "./collections-workbook";
import { serveOfficeJsOffline } from "./offline-office-js";

async function writeXlsx(raw: RawWorkbook, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of raw.sheets)
    workbook.addWorksheet(sheet.name).addRows(
      sheet.cells.map((row) =>
        row.map((cell) => {
          if (cell !== null && typeof cell === "object") throw new Error("no error cells here");
          return cell;
        })
      )
    );
  await workbook.xlsx.writeFile(file);
}

describe("the Collections tab and Simulate in the built pane", () => {
  let pane: BuiltPane;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "credit-desk-collections-"));
  const book = path.join(dir, "collections.xlsx");

  beforeAll(async () => {
    if (!chromiumPresent) return;
    pane = await startBuiltPane();
    await writeXlsx(collectionsWorkbook(), book);
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  browserTest(
    "lists the worklist, filters it, and simulates a grade edge without writing",
    async () => {
      const page = await pane.browser.newPage({ viewport: { width: 320, height: 900 } });
      await serveOfficeJsOffline(page);
      const policyViolations = await watchPolicyViolations(page);
      const downloads: string[] = [];
      page.on("download", (download) => downloads.push(download.suggestedFilename()));
      await page.goto(pane.url);
      await page.getByRole("button", { name: "Choose file" }).waitFor();
      await reviewDroppedFile(page, book, "2026-06-30");

      await page.getByRole("tab", { name: "Collections" }).click();
      // 320 px is narrower than the grid's columns: each customer is a list item.
      const worklist = page.getByRole("list", {
        name: "Collection worklist, highest priority first",
      });
      await worklist.waitFor();
      const ids = () =>
        worklist
          .locator("[data-testid^=worklist-row-]")
          .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-testid")));
      expect(await ids()).toEqual([
        "worklist-row-C2",
        "worklist-row-C4",
        "worklist-row-C1",
        "worklist-row-C5",
        "worklist-row-C3",
      ]);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(sideways).toBe(0);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, "collections-320.png"), fullPage: true });
      await page.getByRole("button", { name: "Broken promises (1)" }).click();
      await page.getByRole("button", { name: "Broken promises (1)", pressed: true }).waitFor();
      expect(await ids()).toEqual(["worklist-row-C4"]);
      await page.getByRole("button", { name: "Due today (3)" }).click();
      await page.getByRole("button", { name: "Due today (3)", pressed: true }).waitFor();
      expect(await ids()).toEqual(["worklist-row-C2", "worklist-row-C4", "worklist-row-C1"]);

      await page.getByRole("tab", { name: "Policy" }).click();
      const policy = page.getByRole("form", { name: "Credit policy" });
      await policy.getByRole("heading", { name: "Credit policy" }).waitFor();
      await policy.getByLabel("Grade A from score").fill("92");
      await policy.getByRole("button", { name: "Simulate" }).click();
      await page.getByText("6 customers simulated: 1 would change grade.").waitFor();
      const fromA = page.getByTestId("migration-from-A").getByRole("cell");
      // To A: C5 (95); to B: C1 (90); row total 2.
      expect(await fromA.allTextContents()).toEqual(["1", "1", "", "", "", "2"]);
      await page
        .getByTestId("simulation")
        .screenshot({ path: path.join(ARTIFACTS, "simulate-320.png") });

      expect(await page.getByRole("button", { name: "Download reviewed workbook" }).count()).toBe(
        0
      );
      expect(downloads).toEqual([]);
      expect(await policyViolations()).toEqual([]);
      await page.close();
    },
    120_000
  );
});
