/**
 * The pane loads office.js from Microsoft's CDN; browser tests run without the network. This
 * answers the CDN's office.js (and the files it fetches beside it) from the npm package kept for
 * development, and refuses every other address off this machine, so a test never waits on the
 * network and never passes because something was fetched from it.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page, Route } from "playwright-core";

export const OFFICE_CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);

/** The local file for a CDN address, or null when the address falls outside the package. */
function localCopy(url: string): string | null {
  const relative = decodeURIComponent(new URL(url).pathname).slice(
    new URL(OFFICE_CDN_PREFIX).pathname.length
  );
  const file = path.resolve(OFFICE_JS_DIST, relative);
  if (!file.startsWith(OFFICE_JS_DIST + path.sep) || !fs.existsSync(file)) return null;
  return fs.statSync(file).isFile() ? file : null;
}

function isLocal(url: string): boolean {
  const { hostname, protocol } = new URL(url);
  return hostname === "localhost" || hostname === "127.0.0.1" || !protocol.startsWith("http");
}

/**
 * Routes the page's requests: the CDN's office.js from the package, localhost as it is,
 * anything else refused. Returns the CDN addresses asked for, in order.
 */
export async function serveOfficeJsOffline(page: Page): Promise<string[]> {
  const served: string[] = [];
  await page.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN_PREFIX)) {
      const file = localCopy(url);
      if (!file) return route.fulfill({ status: 404 });
      served.push(url);
      return route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: fs.readFileSync(file),
      });
    }
    return isLocal(url) ? route.continue() : route.abort("internetdisconnected");
  });
  return served;
}
