/**
 * Makes the README's pictures from the product itself, so they can be refreshed whenever the pane
 * or the output changes:
 *   pane-*.png       the built task pane in Chromium (file mode, as outside Office) after reviewing
 *                    the sample workbook as of 2026-06-30, in English and in Simplified Chinese
 *   aging-sheet.png  the Aging sheet of the same workbook reviewed by the command line, as
 *                    LibreOffice renders it (fills and colour scales included)
 * The step diagrams (*.svg) beside this script are drawn by hand; this script does not touch them.
 *
 * Run from the repository root:  npx tsx assets/docs/make-pictures.ts
 * Needs the production build in dist/ (`npm run build`), /usr/bin/chromium, LibreOffice (soffice)
 * and poppler-utils (pdfinfo, pdftotext, pdftoppm).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { agingSheetCrops, composeAgingSheet } from "./pictures/aging-sheet";
import { withChromium } from "./pictures/chromium";
import { panePictures } from "./pictures/pane-pictures";
import { DIST, OUT, ROOT, SAMPLE, requireFile } from "./pictures/settings";
import { serveFolder } from "./pictures/static-server";

async function main(): Promise<void> {
  requireFile(SAMPLE, "run `npm run sample` first");
  requireFile(path.join(DIST, "taskpane.html"), "run `npm run build` first");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "credit-desk-docs-"));
  const server = await serveFolder(DIST);
  try {
    const crops = await agingSheetCrops(work);
    const made = await withChromium(async (context) => [
      ...(await panePictures(context, server.baseUrl)),
      await composeAgingSheet(context, crops),
    ]);
    for (const file of made) {
      const bytes = fs.statSync(path.join(OUT, file)).size;
      process.stdout.write(
        `${path.relative(ROOT, path.join(OUT, file))}  ${Math.round(bytes / 1024)} KB\n`
      );
    }
  } finally {
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 1;
});
