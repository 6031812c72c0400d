/**
 * The built pane's column mapping form in a browser (file mode): a workbook whose customer id
 * and name headers are not recognised brings up the form; picking one column for both fields is
 * refused at the second pick, naming the first field, with Run disabled until another column is
 * picked. Needs the production build and Chromium, like browser-file-mode.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { OFFICE_CDN_PREFIX } from "./offline-office-js";
import { browserTest, type BuiltPane, dropFile, startBuiltPane } from "./browser-harness";

/** Neither header is a synonym of a customer field, so the pane must ask for both. */
async function unrecognisedBook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows([
    ["Client Code", "Client Label"],
    ["K1", "Kite Trading"],
  ]);
  workbook.addWorksheet("Receivables").addRows([
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
    ["K1", "INV-1", "2026-04-21", "2026-05-21", 1000],
  ]);
  await workbook.xlsx.writeFile(file);
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: `${field} on sheet Customers` }).click();
  await page.getByRole("option", { name: option }).click();
}

describe("the built pane's mapping form", () => {
  let pane: BuiltPane;
  let dir: string;

  beforeAll(async () => {
    pane = await startBuiltPane();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "credit-desk-mapping-"));
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  browserTest(
    "refuses one column for two fields at the pick, naming the other field",
    async () => {
      const book = path.join(dir, "clients.xlsx");
      await unrecognisedBook(book);
      const page = await pane.browser.newPage();
      // office.js is not needed outside Office: the pane then offers its file mode.
      await page.route(`${OFFICE_CDN_PREFIX}**`, (route) => route.abort("internetdisconnected"));
      await page.goto(pane.url);
      await page.getByRole("button", { name: "Choose file" }).waitFor();
      await dropFile(page, book);
      await page.getByLabel("As-of date").fill("2026-06-30");
      await page.getByRole("button", { name: "Run review" }).click();
      await page.getByRole("heading", { name: "Which column holds…" }).waitFor({ timeout: 60_000 });
      const run = page.getByRole("button", { name: "Use these columns and run" });

      await choose(page, "Customer ID", "Client Code (column A)");
      await choose(page, "Customer name", "Client Code (column A)");
      await page
        .getByText("Column A is already chosen for Customer ID: choose another column.")
        .waitFor();
      expect(await run.isDisabled()).toBe(true);

      await choose(page, "Customer name", "Client Label (column B)");
      await page.getByText(/is already chosen for/).waitFor({ state: "detached" });
      expect(await run.isEnabled()).toBe(true);
      await run.click();
      await page
        .getByRole("heading", { name: "Preview: what the review will write" })
        .waitFor({ timeout: 60_000 });
      await page.close();
    },
    120_000
  );
});
