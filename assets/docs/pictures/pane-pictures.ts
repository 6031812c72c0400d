/**
 * The task pane after reviewing the sample, as a user outside Office sees it (file mode): the
 * preview, the aging view, one customer's explain panel, and the preview in Simplified Chinese.
 * Controls are found by the pane's own words from the message catalogs, not by copies of them.
 */
import * as path from "path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { catalogs, type MessageKey } from "../../../src/i18n/messages";
// The explain panel's words are loaded with it: add them as the pane does when it opens.
import "../../../src/taskpane/i18n/late-words";
import { serveOfficeJsOffline } from "../../../test/taskpane/offline-office-js";
import { AS_OF, OUT, SAMPLE } from "./settings";

type PaneLocale = keyof typeof catalogs;

const REVIEW_TIMEOUT_MS = 90_000;
/** Fluent's transitions and the chart settle within a few frames. */
const SETTLE_MS = 400;
/** A crafted customer of the sample (see make-sample.ts): grade B, limit reduced for a 76-day overdue invoice. */
const EXPLAINED_CUSTOMER = "C00006";

function words(locale: PaneLocale, key: MessageKey, params: Record<string, string> = {}): string {
  return catalogs[locale][key].replace(
    /\{(\w+)\}/g,
    (whole, name: string) => params[name] ?? whole
  );
}

const en = (key: MessageKey, params?: Record<string, string>) => words("en-US", key, params);

/** Collects errors the page raises; a picture of a broken pane must not pass for a good one. */
function watchForErrors(page: Page): () => void {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return () => {
    if (errors.length > 0) throw new Error(`The pane raised: ${errors.join("; ")}`);
  };
}

/**
 * A new page for the pane, with office.js answered from the npm package as in the browser tests:
 * the pictures are the same whether or not this machine reaches Microsoft's CDN.
 */
async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await serveOfficeJsOffline(page);
  return page;
}

/** Loads the pane, chooses the sample, sets the as-of date and language, and runs the review. */
async function reviewSample(page: Page, baseUrl: string, locale: PaneLocale): Promise<void> {
  const here = (key: MessageKey) => words(locale, key);
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.getByRole("button", { name: en("file.choose") }).waitFor();
  await page.getByLabel(en("file.choose")).setInputFiles(SAMPLE);
  await page.getByText(en("file.chosen", { name: path.basename(SAMPLE) })).waitFor();
  await page.getByLabel(en("review.asOf")).fill(AS_OF);
  if (locale !== "en-US") {
    await page.getByRole("combobox", { name: en("review.language") }).click();
    await page.getByRole("option", { name: en(`language.${locale}`) }).click();
    await page.getByRole("heading", { name: here("app.title"), level: 1 }).waitFor();
  }
  await page.getByRole("button", { name: here("action.runReview") }).click();
  await page
    .getByRole("heading", { name: here("preview.title") })
    .waitFor({ timeout: REVIEW_TIMEOUT_MS });
}

/** Takes the pane as the user sees it, with `top` (if given) scrolled to the top edge. */
async function shoot(page: Page, file: string, top?: Locator): Promise<string> {
  if (top) await top.evaluate((element) => element.scrollIntoView({ block: "start" }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  // The pointer rests where the last click was; a hovered row would look selected.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(SETTLE_MS);
  await page.screenshot({ path: path.join(OUT, file) });
  return file;
}

/** Opens a customer's explain panel from the aging table, showing more rows until it is listed. */
async function explainFromAging(page: Page, aging: Locator, customerId: string): Promise<void> {
  const link = aging.getByRole("button", { name: new RegExp(`^${customerId} `) });
  const showMore = aging.getByRole("button", { name: en("action.showMore").split("{")[0].trim() });
  while ((await link.count()) === 0) {
    if ((await showMore.count()) === 0) {
      throw new Error(`${customerId} is not in the pane's aging table`);
    }
    await showMore.click();
  }
  await link.click();
  await page.getByRole("heading", { name: en("explain.scoreHeading"), level: 3 }).waitFor();
}

async function englishPictures(context: BrowserContext, baseUrl: string): Promise<string[]> {
  const page = await openPage(context);
  const checkErrors = watchForErrors(page);
  await reviewSample(page, baseUrl, "en-US");
  checkErrors();
  // The preview as it first appears: the controls on top, the grade counts below.
  const made = [await shoot(page, "pane-preview.png")];

  await page.getByRole("tab", { name: en("tab.aging") }).click();
  const aging = page.getByRole("region", { name: en("aging.title") });
  await aging.getByRole("heading", { name: en("aging.title") }).waitFor();
  checkErrors();
  made.push(await shoot(page, "pane-aging.png", page.getByRole("tablist")));

  await explainFromAging(page, aging, EXPLAINED_CUSTOMER);
  checkErrors();
  // The panel opens between the tabs and the aging view: tabs on top show where it sits.
  made.push(await shoot(page, "pane-explain.png", page.getByRole("tablist")));
  const limitSteps = page.getByRole("heading", { name: en("explain.limitHeading"), level: 3 });
  made.push(await shoot(page, "pane-explain-limit.png", limitSteps));
  checkErrors();
  await page.close();
  return made;
}

async function chinesePictures(context: BrowserContext, baseUrl: string): Promise<string[]> {
  const page = await openPage(context);
  const checkErrors = watchForErrors(page);
  await reviewSample(page, baseUrl, "zh-CN");
  checkErrors();
  const made = [await shoot(page, "pane-preview-zh-CN.png")];
  await page.close();
  return made;
}

/** Writes the pane-*.png pictures; `baseUrl` serves the production build. Returns their names. */
export async function panePictures(context: BrowserContext, baseUrl: string): Promise<string[]> {
  return [
    ...(await englishPictures(context, baseUrl)),
    ...(await chinesePictures(context, baseUrl)),
  ];
}
