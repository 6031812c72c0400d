/**
 * Reads the raw sheets straight from the package's XML parts, unpacking only the parts it
 * needs (workbook, relationships, shared strings, styles, the wanted sheets and their tables):
 * no images, no drawings, no spreadsheet library. Values come out as Office.js gives them, so the
 * workbook layer treats a file and a live workbook alike.
 *
 * Cost is bounded before it is paid: the parts unpacked in all never pass the unpacked-size
 * limit, and a sheet whose cells, measured as they are read, span more than the cell budget is
 * left out before its grid exists (`notRead`): the workbook layer refuses the review only when
 * it needs that sheet, so a side sheet with one far cell costs nothing. A `<dimension>` is only
 * what the writer claimed, and is never a reason to refuse or to allocate.
 */
import type { RawSheet, RawWorkbook } from "../workbook/raw";
import { formatRange, type CellRange } from "../workbook/plan-address";
import { readWorkbookPackage } from "./ooxml-package";
import { readSharedStrings } from "./ooxml-shared-strings";
import { readNumberFormatCodes } from "./ooxml-styles";
import { readTableXml } from "./ooxml-table";
import { readOutputMapName } from "./output-map-name";
import type { ReadXlsxOptions } from "./read-options";
import { relationshipsOf, relationshipsPath, workbookPartPath } from "./package-relationships";
import { declaredDimension } from "./sheet-dimension";
import {
  IN_THREAD_SHEET_PART_PARSER,
  type SheetPartJob,
  type SheetPartParser,
  type SheetPartSetup,
} from "./sheet-parts/sheet-part-parser";
import { cellCount, SheetExtent, SheetExtentError } from "./sheet-extent";
import { SheetShapeError } from "./sheet-shape-error";
import { unpackEntry, unpackHead, type Unpacker } from "./unpack";
import { resolveLimits } from "./xlsx-guard";
import {
  damagedFileError,
  FILE_MESSAGES,
  SheetTooLargeError,
  XlsxFileError,
} from "./xlsx-file-error";
import { decodeXmlPart } from "./xml/decode-xml-part";
import { XmlPartError } from "./xml/xml-part-error";
import type { ZipDirectory, ZipEntryInfo } from "./zip-directory";

/**
 * The largest part read as text: a JavaScript string holds at most 2^29 - 24 characters, and a
 * part's text is read whole. A larger part is refused before it is unpacked.
 */
export const MAX_PART_BYTES = 500 * 1024 * 1024;

/** How much of a sheet part is unpacked to find its `<dimension>` (it comes first, after sheetPr). */
const SHEET_HEAD_BYTES = 64 * 1024;

/** The shortest cell element a part can hold, `<c r="A1"/>`: a part's size bounds its cells. */
const SMALLEST_CELL_BYTES = 11;

function sheetTooLarge(
  label: string,
  sheet: string,
  range: CellRange,
  limit: number,
  measured: boolean
): XlsxFileError {
  return new SheetTooLargeError(
    sheet,
    formatRange(range),
    cellCount(range),
    limit,
    measured,
    FILE_MESSAGES.sheetTooLarge(
      label,
      sheet,
      formatRange(range),
      range.bottom - range.top + 1,
      range.right - range.left + 1,
      limit,
      measured
    )
  );
}

/** The reader's own failures as refusals of the file; anything else is a bug and goes up as it is. */
function asFileError(error: unknown, label: string, sheet: string | null, limit: number): unknown {
  const where = sheet === null ? "" : `sheet "${sheet}": `;
  if (error instanceof XmlPartError || error instanceof SheetShapeError) {
    // The detail names the sheet too: callers quote it after their own naming of the file.
    return damagedFileError(label, `${where}${error.message}`, error);
  }
  if (error instanceof SheetExtentError && sheet !== null)
    return sheetTooLarge(label, sheet, error.range, limit, error.source === "cells");
  return error;
}

/** A sheet whose cells span more than the budget: its name and extent only, no grid. */
function notReadSheet(
  name: string,
  visibility: RawSheet["visibility"],
  error: SheetExtentError
): RawSheet {
  return {
    name,
    cells: [],
    firstRow: 1,
    firstColumn: 1,
    visibility,
    notRead: {
      range: formatRange(error.range),
      cells: cellCount(error.range),
      limit: error.maxCells,
      declared: error.source === "dimension",
    },
  };
}

export async function readRawXlsx(
  bytes: Uint8Array,
  directory: ZipDirectory,
  label: string,
  unpacker: Unpacker,
  options: ReadXlsxOptions = {},
  sheetParser: SheetPartParser = IN_THREAD_SHEET_PART_PARSER
): Promise<RawWorkbook> {
  const limits = resolveLimits(options);
  const entries = new Map<string, ZipEntryInfo>(
    directory.entries.map((entry) => [
      entry.name.startsWith("/") ? entry.name.slice(1) : entry.name,
      entry,
    ])
  );
  let unpackedSoFar = 0;
  const unpack = async (entry: ZipEntryInfo): Promise<Uint8Array> => {
    if (entry.uncompressedSize > MAX_PART_BYTES)
      throw new XlsxFileError(
        "ZIP_BOMB",
        FILE_MESSAGES.partTooLarge(label, entry.name, entry.uncompressedSize, MAX_PART_BYTES)
      );
    // A part read twice (two sheets naming one part) counts twice: the bound is on work done.
    unpackedSoFar += entry.uncompressedSize;
    if (unpackedSoFar > limits.maxUnpackedBytes)
      throw new XlsxFileError(
        "ZIP_BOMB",
        FILE_MESSAGES.unpackedTooLarge(label, unpackedSoFar, limits.maxUnpackedBytes)
      );
    return unpackEntry(bytes, entry, label, unpacker);
  };
  const text = async (path: string | null): Promise<string | null> => {
    const entry = path === null ? undefined : entries.get(path);
    return entry ? decodeXmlPart(await unpack(entry), path ?? entry.name) : null;
  };
  const missing = (path: string): XlsxFileError =>
    damagedFileError(label, `the part "${path}" is missing`);
  const required = async (path: string): Promise<string> => {
    const part = await text(path);
    if (part === null) throw missing(path);
    return part;
  };
  const requiredBytes = async (path: string): Promise<Uint8Array> => {
    const entry = entries.get(path);
    if (!entry) throw missing(path);
    return unpack(entry);
  };

  /**
   * A sheet whose `<dimension>` declares more cells than the budget, in a part large enough to
   * hold that many, is left unread without unpacking it: reading a million-row part only to find
   * it too large costs a minute and gigabytes. A claim a small part cannot back is only a claim:
   * that part is read and its cells measured (cheap, because it is small), as is a claim too
   * small. The review refuses an unread sheet only when it needs it, saying what was declared.
   */
  const checkDeclaredExtent = async (path: string): Promise<void> => {
    const entry = entries.get(path);
    if (!entry || entry.uncompressedSize < limits.maxSheetCells * SMALLEST_CELL_BYTES) return;
    const head = await unpackHead(bytes, entry, label, unpacker, SHEET_HEAD_BYTES);
    const declared = declaredDimension(decodeXmlPart(head, path, { partial: true }), path);
    if (declared !== null) new SheetExtent(limits.maxSheetCells).check(declared);
  };

  let sheetName: string | null = null;
  try {
    const workbookPath = workbookPartPath(await text("_rels/.rels"));
    const workbookXml = await required(workbookPath);
    const workbook = readWorkbookPackage(
      workbookPath,
      workbookXml,
      await text(relationshipsPath(workbookPath))
    );
    const wanted = options.sheets ? new Set(options.sheets) : null;
    const sheetsToRead = workbook.sheets.filter(
      (sheet) => wanted === null || wanted.has(sheet.name)
    );
    const setup: SheetPartSetup = {
      sharedStrings: readSharedStrings(
        await text(workbook.sharedStringsPath),
        workbook.sharedStringsPath ?? undefined
      ),
      formatCodes: readNumberFormatCodes(
        await text(workbook.stylesPath),
        workbook.stylesPath ?? undefined
      ),
      formulaResultsSaved: !workbook.fullCalcOnLoad,
      maxCells: limits.maxSheetCells,
    };
    // A part whose <dimension> alone is past the budget is left unread without being unpacked.
    const jobs: SheetPartJob[] = sheetsToRead.map((sheet) => ({
      path: sheet.path,
      size: entries.get(sheet.path)?.uncompressedSize ?? 0,
      load: async () => {
        await checkDeclaredExtent(sheet.path);
        return requiredBytes(sheet.path);
      },
    }));
    const reads = sheetParser.start(jobs, setup);
    const sheets: RawSheet[] = [];
    try {
      // In the workbook's order: the first sheet that cannot be read is the one reported.
      for (const [index, sheet] of sheetsToRead.entries()) {
        sheetName = sheet.name;
        let read;
        try {
          read = await reads.read(index);
        } catch (error) {
          if (!(error instanceof SheetExtentError)) throw error;
          sheets.push(notReadSheet(sheet.name, sheet.state, error));
          continue;
        }
        const { builder, tableRelationshipIds } = read;
        if (tableRelationshipIds.length > 0) {
          const relationships = relationshipsOf(
            sheet.path,
            await text(relationshipsPath(sheet.path))
          );
          for (const id of tableRelationshipIds) {
            const relationship = relationships.find(
              (item) => item.id === id && item.kind === "table"
            );
            if (!relationship) continue;
            let table;
            try {
              table = readTableXml(await required(relationship.path), relationship.path);
            } catch (error) {
              if (!(error instanceof RangeError)) throw error;
              throw new SheetShapeError(
                `the table part "${relationship.path}" has a range outside A1:XFD1048576`
              );
            }
            if (table) builder.addTable(table);
          }
        }
        sheets.push({ ...builder.build(sheet.name), visibility: sheet.state });
      }
    } finally {
      await reads.close();
    }
    const outputMapName = readOutputMapName(workbookXml);
    return {
      sheets,
      date1904: workbook.date1904,
      ...(outputMapName === undefined ? {} : { outputMapName }),
    };
  } catch (error) {
    throw asFileError(error, label, sheetName, limits.maxSheetCells);
  }
}
