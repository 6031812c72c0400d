/**
 * What the browser tests share: the production build served from dist/ on localhost, Chromium
 * started the way this machine allows, a file dropped on the pane as a browser drops it, and
 * the page's Content-Security-Policy refusals collected.
 */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";

export const DIST = path.resolve(__dirname, "../../dist");
export const SAMPLE = path.resolve(__dirname, "../../assets/sample/credit-desk-sample.xlsx");
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
export const CHROMIUM = "/usr/bin/chromium";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Drops a file on the pane's drop zone the way a browser does: dragenter, dragover, drop. */
export async function dropFile(page: Page, file: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name, type }) => {
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      return transfer;
    },
    { base64: fs.readFileSync(file).toString("base64"), name: path.basename(file), type: XLSX_TYPE }
  );
  const zone = page.locator(".drop-zone");
  for (const type of ["dragenter", "dragover", "drop"])
    await zone.dispatchEvent(type, { dataTransfer });
}
/**
 * Collects what the page's Content-Security-Policy refused, from the page's own event and from
 * the console (where Chromium reports refusals the event misses, such as inline styles).
 */
export async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { policyViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} from ${event.sourceFile}`)
    );
  });
  const console: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) console.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(
      () => (window as unknown as { policyViolations: string[] }).policyViolations
    )),
    ...console,
  ];
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
};

/** Serves dist/ on a free localhost port (the pane is a static page). */
export function serveDist(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const relative = decodeURIComponent(
      new URL(request.url ?? "/", "http://localhost").pathname
    ).replace(/^\/+/, "");
    const file = path.resolve(DIST, relative);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "localhost", () => resolve(server)));
}

/** Chromium is installed here (in CI it must be: a browser test there never skips). */
export const chromiumPresent = fs.existsSync(CHROMIUM);

/** A browser test: skipped only where Chromium is missing outside CI (in CI it must run). */
export const browserTest = chromiumPresent || process.env.CI === "true" ? it : it.skip;

/** The production build served on localhost with Chromium started, and how to stop both. */
export interface BuiltPane {
  browser: Browser;
  /** The pane's page on the local server. */
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ and starts Chromium; refuses with the fix when there is no production build. */
export async function startBuiltPane(): Promise<BuiltPane> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error(
      "dist/ has no production build: run `npm run build` first (`npm test` does it)."
    );
  const server = await serveDist();
  const { port } = server.address() as AddressInfo;
  // Close the server when Chromium fails to start, so the test run is not held open by it.
  const browser = await chromium
    .launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    .catch(async (error: unknown) => {
      await new Promise((resolve) => server.close(resolve));
      throw error;
    });
  return {
    browser,
    url: `http://localhost:${port}/taskpane.html`,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Drops `file` on the pane, reviews it as of `asOfIso` and waits for the preview of the result. */
export async function reviewDroppedFile(page: Page, file: string, asOfIso: string): Promise<void> {
  await dropFile(page, file);
  await page.getByText(`Chosen: ${path.basename(file)}`).waitFor();
  await page.getByLabel("As-of date").fill(asOfIso);
  await page.getByRole("button", { name: "Run review" }).click();
  await page
    .getByRole("heading", { name: "Preview: what the review will write" })
    .waitFor({ timeout: 60_000 });
}
