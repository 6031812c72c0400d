/** Debian's Chromium driven by playwright-core, on a fresh profile that is removed afterwards. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { requireFile } from "./settings";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/**
 * A width a task pane has (the narrow-pane test checks 270, 320 and 350 px), so the README shows
 * the pane as users see it; scale 1 keeps the PNGs small.
 */
export const PANE_VIEWPORT = { width: 350, height: 900 };

export async function withChromium<T>(use: (context: BrowserContext) => Promise<T>): Promise<T> {
  requireFile(CHROMIUM, "install Debian's chromium package");
  // Playwright passes this folder to Chromium as its --user-data-dir.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "credit-desk-docs-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: PANE_VIEWPORT,
      deviceScaleFactor: 1,
      locale: "en-US",
    });
    try {
      return await use(context);
    } finally {
      await context.close();
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
