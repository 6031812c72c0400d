/**
 * The built pane at the widths a task pane really has: 270 px (Excel's narrowest pane), 320 and
 * 350 px. Through the main flow — the empty pane, the preview, a customer explained, the applied
 * review, the aging summary, the trends and the policy form (also with its errors showing) — the page never
 * scrolls sideways, and no part of it does either: wide grids become lists, nested policy groups
 * and their inputs shrink to the pane. Each view is kept as a screenshot in test-artifacts/narrow/
 * for a person to look at. Needs the production build and Chromium, like browser-file-mode.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import {
  ARTIFACTS,
  browserTest,
  type BuiltPane,
  dropFile,
  startBuiltPane,
  SAMPLE,
  watchPolicyViolations,
} from "./browser-harness";
import { serveOfficeJsOffline } from "./offline-office-js";

const WIDTHS = [270, 320, 350] as const;
const SHOTS = path.join(ARTIFACTS, "narrow");

interface Overflow {
  /** How far the page is wider than the pane (0: it fits). */
  page: number;
  /** Elements that scroll sideways inside the page, with how far. */
  inner: string[];
}

/** What is wider than the pane: the page itself, and any element scrolling sideways inside it. */
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const inner: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const style = getComputedStyle(element);
      const scrolls = style.overflowX === "auto" || style.overflowX === "scroll";
      const excess = element.scrollWidth - element.clientWidth;
      if (scrolls && excess > 1 && element.offsetParent !== null)
        inner.push(`${element.tagName.toLowerCase()}.${element.className} by ${excess}px`);
    }
    return { page: Math.max(0, root.scrollWidth - root.clientWidth), inner };
  });
}

describe("the built pane in a narrow task pane", () => {
  let pane: BuiltPane;

  beforeAll(async () => {
    pane = await startBuiltPane();
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  browserTest.each(WIDTHS)(
    "at %i px: review, preview, explain, apply, aging and policy fit the pane without sideways scrolling",
    async (width) => {
      const page = await pane.browser.newPage({ viewport: { width, height: 900 } });
      await serveOfficeJsOffline(page);
      const policyViolations = await watchPolicyViolations(page);
      const seen: Record<string, Overflow> = {};
      const look = async (view: string) => {
        seen[view] = await measureOverflow(page);
        await page.screenshot({ path: path.join(SHOTS, `${width}-${view}.png`), fullPage: true });
      };

      await page.goto(pane.url);
      await page.getByRole("button", { name: "Choose file" }).waitFor();
      await look("start");

      await dropFile(page, SAMPLE);
      await page.getByText("Chosen: credit-desk-sample.xlsx").waitFor();
      await page.getByLabel("As-of date").fill("2026-06-30");
      await page.getByRole("button", { name: "Run review" }).click();
      await page
        .getByRole("heading", { name: "Preview: what the review will write" })
        .waitFor({ timeout: 60_000 });
      await look("preview");

      await page
        .getByRole("button", { name: /^C00001 / })
        .first()
        .click();
      await page.getByRole("heading", { name: /^C00001 / }).waitFor();
      await look("explain");
      await page.getByRole("button", { name: "Close" }).click();

      await page.getByRole("button", { name: "Apply" }).click();
      await page
        .getByRole("button", { name: "Download reviewed workbook" })
        .waitFor({ timeout: 60_000 });
      await look("applied");

      await page.getByRole("tab", { name: "Aging" }).click();
      await page.getByRole("heading", { name: /aging/i }).first().waitFor();
      await look("aging");

      await page.getByRole("tab", { name: "Trends" }).click();
      await page.getByRole("heading", { name: "Trends", level: 2 }).waitFor();
      await look("trends");

      await page.getByRole("tab", { name: "Policy" }).click();
      const policy = page.getByRole("form", { name: "Credit policy" });
      await policy.getByRole("heading", { name: "Credit policy" }).waitFor();
      await look("policy");
      // Messages under the fields are the longest lines of the form: they must wrap, too.
      await policy.getByLabel("Payment record").fill("twelve");
      await policy.getByLabel("Solvency").fill("30");
      await policy.getByText("Enter a number.").waitFor();
      await policy.getByText("Correct the marked values before saving.").waitFor();
      await look("policy-errors");

      const none: Overflow = { page: 0, inner: [] };
      expect(seen).toEqual({
        start: none,
        preview: none,
        explain: none,
        applied: none,
        aging: none,
        trends: none,
        policy: none,
        "policy-errors": none,
      });
      expect(await policyViolations()).toEqual([]);
      await page.close();
    },
    120_000
  );
});
