/**
 * office.js comes from Microsoft's CDN. Where that cannot be reached (no network, a blocked
 * host), the built pane must still open in its file mode and review a dropped workbook: the page
 * detects that Office is missing instead of failing with it. Needs the production build and
 * Chromium, like browser-file-mode.test.ts.
 */
import * as fs from "fs";
import type * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser } from "playwright-core";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  chromiumPresent,
  DIST,
  dropFile,
  SAMPLE,
  serveDist,
} from "./browser-harness";
import { OFFICE_CDN_PREFIX } from "./offline-office-js";

const runOrSkip = chromiumPresent || process.env.CI === "true" ? it : it.skip;

describe("the built pane without Microsoft's CDN", () => {
  let server: http.Server;
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html")))
      throw new Error("dist/ has no production build: run `npm run build` first.");
    server = await serveDist();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  runOrSkip(
    "opens in file mode and reviews the sample when office.js cannot be fetched",
    async () => {
      const page = await browser.newPage();
      const refused: string[] = [];
      await page.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith("http://localhost")) return route.continue();
        refused.push(url);
        return route.abort("internetdisconnected");
      });
      const { port } = server.address() as AddressInfo;
      await page.goto(`http://localhost:${port}/taskpane.html`);

      await page.getByRole("button", { name: "Choose file" }).waitFor();
      expect(refused).toContain(`${OFFICE_CDN_PREFIX}office.js`);
      await dropFile(page, SAMPLE);
      await page.getByLabel("As-of date").fill("2026-06-30");
      await page.getByRole("button", { name: "Run review" }).click();
      await page
        .getByRole("heading", { name: "Preview: what the review will write" })
        .waitFor({ timeout: 60_000 });
      await page.close();
    },
    120_000
  );
});
