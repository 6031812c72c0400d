/**
 * The reviewed workbook always goes to a NEW file: the workbook that was read is refused as a
 * target whatever path leads to it (itself, a symbolic link, a hard link, a path with "./"),
 * and is left byte for byte as it was.
 */
import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  FILE_MESSAGES,
  openXlsxPackageFile,
  writePatchedXlsxFile,
  XlsxFileError,
} from "../../src/file/index-node";
import { handPlan, userWorkbook } from "./support/hand-plan";
import { bytesOf, load } from "./support/patch-helpers";

describe("writing the review to a new file", () => {
  let scratch: string;
  beforeAll(() => (scratch = mkdtempSync(join(tmpdir(), "credit-desk-write-"))));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function inputFile(): Promise<string> {
    const path = join(scratch, `book-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(path, await bytesOf(userWorkbook()));
    return path;
  }

  test("the workbook that was read is never overwritten, whatever path leads to it", async () => {
    const path = await inputFile();
    const original = readFileSync(path);
    const { package: source } = await openXlsxPackageFile(path);
    const link = `${path}.link.xlsx`;
    symlinkSync(path, link);
    const hardLink = `${path}.hard.xlsx`;
    linkSync(path, hardLink);
    for (const target of [
      path,
      link,
      hardLink,
      join(scratch, ".", path.slice(scratch.length + 1)),
    ]) {
      await expect(writePatchedXlsxFile(source, handPlan(), target)).rejects.toEqual(
        new XlsxFileError("OVERWRITE_INPUT", FILE_MESSAGES.overwriteInput(target))
      );
    }
    expect(readFileSync(path).equals(original)).toBe(true);
  });

  test("a path given as the input is protected too, and any other path gets the reviewed workbook", async () => {
    const path = await inputFile();
    const { package: source } = await openXlsxPackageFile(path);
    const copy = join(scratch, "copy-of-input.xlsx");
    writeFileSync(copy, readFileSync(path));
    await expect(
      writePatchedXlsxFile(source, handPlan(), copy, { inputPath: copy })
    ).rejects.toHaveProperty("code", "OVERWRITE_INPUT");
    const out = join(scratch, "review-out.xlsx");
    await writePatchedXlsxFile(source, handPlan(), out, { inputPath: copy });
    const written = await load(new Uint8Array(readFileSync(out)));
    expect(written.getWorksheet("Customers")?.getCell("D1").value).toBe("Score");
  });
});
