/**
 * The built pane in a real browser, file mode, in a 320 px pane: the Trends tab on the sample
 * workbook says it has one review; on a workbook the command line reviewed at 2026-04-30 and
 * 2026-05-31 (test/cli/history-book.ts), the pane's review at 2026-06-30 shows three reviews and
 * the loss allowance total of the command line's JSON for that same third review. Screenshots go
 * to test-artifacts/. Needs the production build and Chromium, like browser-file-mode.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { reviewThreeMonths, type HistoryBook } from "../cli/history-book";
import {
  ARTIFACTS,
  browserTest,
  type BuiltPane,
  chromiumPresent,
  reviewDroppedFile,
  SAMPLE,
  startBuiltPane,
  watchPolicyViolations,
} from "./browser-harness";
import { serveOfficeJsOffline } from "./offline-office-js";

describe("the Trends tab in the built pane", () => {
  let pane: BuiltPane;
  let history: HistoryBook;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "credit-desk-trends-"));

  beforeAll(async () => {
    if (!chromiumPresent) return;
    pane = await startBuiltPane();
    history = await reviewThreeMonths(dir);
  }, 120_000);

  afterAll(async () => {
    await pane?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function reviewInTrends(
    file: string
  ): Promise<{ page: Page; policyViolations: () => Promise<string[]> }> {
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 900 } });
    await serveOfficeJsOffline(page);
    const policyViolations = await watchPolicyViolations(page);
    await page.goto(pane.url);
    await page.getByRole("button", { name: "Choose file" }).waitFor();
    await reviewDroppedFile(page, file, "2026-06-30");
    await page.getByRole("tab", { name: "Trends" }).click();
    await page.getByRole("heading", { name: "Trends", level: 2 }).waitFor();
    return { page, policyViolations };
  }

  const measureRows = (page: Page) =>
    page.getByRole("table", { name: "Open amount and DSO per review" }).locator("tbody tr").count();

  browserTest(
    "says the sample has one review, and shows three reviews with the command line's allowance",
    async () => {
      const { page: sample } = await reviewInTrends(SAMPLE);
      await sample.getByText(/the trends grow with each review/).waitFor();
      expect(await measureRows(sample)).toBe(1);
      await sample.close();

      const { page, policyViolations } = await reviewInTrends(path.join(dir, "review2.xlsx"));
      await page.getByText("3 reviews on the Aging History, 2026-04-30 to 2026-06-30.").waitFor();
      expect(await measureRows(page)).toBe(3);
      // The command line's JSON of its own third review, in the pane's money format.
      const total = history.results[2].history?.allowance.total;
      expect(total).toBe(1432.85);
      const cells = await page.getByTestId("loss-total").locator("td").allTextContents();
      expect(cells[cells.length - 1]).toBe("1,432.85");
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, "trends-320.png"), fullPage: true });
      expect(sideways).toBe(0);
      // Excel's narrowest pane: the chart, the tables and the matrix still fit.
      await page.setViewportSize({ width: 270, height: 900 });
      await page.screenshot({ path: path.join(ARTIFACTS, "trends-270.png"), fullPage: true });
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        )
      ).toBe(0);
      expect(await policyViolations()).toEqual([]);
      await page.close();
    },
    180_000
  );
});
