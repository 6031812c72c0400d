/**
 * office.js comes from Microsoft's CDN. Where that cannot be reached (no network, a blocked
 * host), the built pane must still open in its file mode and review a dropped workbook: the page
 * detects that Office is missing instead of failing with it. Needs the production build and
 * Chromium, like browser-file-mode.test.ts.
 */
import { browserTest, type BuiltPane, dropFile, startBuiltPane, SAMPLE } from "./browser-harness";
import { OFFICE_CDN_PREFIX } from "./offline-office-js";

describe("the built pane without Microsoft's CDN", () => {
  let pane: BuiltPane;

  beforeAll(async () => {
    pane = await startBuiltPane();
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  browserTest(
    "opens in file mode and reviews the sample when office.js cannot be fetched",
    async () => {
      const page = await pane.browser.newPage();
      const refused: string[] = [];
      await page.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith("http://localhost")) return route.continue();
        refused.push(url);
        return route.abort("internetdisconnected");
      });
      await page.goto(pane.url);

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
