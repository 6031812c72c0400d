/**
 * Reads the raw sheets straight from the package's XML parts, unpacking only the parts it
 * needs (workbook, relationships, shared strings, styles, the wanted sheets and their tables):
 * no images, no drawings, no spreadsheet library. Values come out as Office.js gives them, so the
 * workbook layer treats a file and a live workbook alike.
 */
import type { RawWorkbook } from "../workbook/raw";
import {
  readWorkbookPackage,
  readRelationships,
  relationshipsPath,
  workbookPartPath,
} from "./ooxml-package";
import { readWorksheetXml } from "./ooxml-sheet";
import { readSharedStrings } from "./ooxml-shared-strings";
import { readNumberFormats } from "./ooxml-styles";
import { readTableXml } from "./ooxml-table";
import { readOutputMapName } from "./output-map-name";
import { decodePart } from "./part-text";
import type { RawReadOptions } from "./read-options";
import { unpackEntry, type Unpacker } from "./unpack";
import { FILE_MESSAGES, XlsxFileError } from "./xlsx-file-error";
import type { ZipDirectory, ZipEntryInfo } from "./zip-directory";

export async function readRawXlsx(
  bytes: Uint8Array,
  directory: ZipDirectory,
  label: string,
  unpacker: Unpacker,
  options: RawReadOptions = {}
): Promise<RawWorkbook> {
  const entries = new Map<string, ZipEntryInfo>(
    directory.entries.map((entry) => [entry.name.replace(/^\//, ""), entry])
  );
  const text = async (path: string | null): Promise<string | null> => {
    const entry = path === null ? undefined : entries.get(path);
    return entry ? decodePart(await unpackEntry(bytes, entry, label, unpacker)) : null;
  };
  const required = async (path: string): Promise<string> => {
    const part = await text(path);
    if (part === null)
      throw new XlsxFileError(
        "CORRUPT",
        FILE_MESSAGES.corrupt(label, `the part "${path}" is missing`)
      );
    return part;
  };

  const workbookPath = workbookPartPath(await text("_rels/.rels"));
  const workbookXml = await required(workbookPath);
  const workbook = readWorkbookPackage(
    workbookPath,
    workbookXml,
    await text(relationshipsPath(workbookPath))
  );
  const context = {
    sharedStrings: readSharedStrings(await text(workbook.sharedStringsPath)),
    formatOf: readNumberFormats(await text(workbook.stylesPath)),
  };
  const wanted = options.sheets ? new Set(options.sheets) : null;
  const sheets = [];
  for (const sheet of workbook.sheets) {
    if (wanted !== null && !wanted.has(sheet.name)) continue;
    const { builder, tableRelationshipIds } = readWorksheetXml(await required(sheet.path), context);
    if (tableRelationshipIds.length > 0) {
      const relationships = readRelationships(
        sheet.path,
        await text(relationshipsPath(sheet.path))
      );
      for (const id of tableRelationshipIds) {
        const relationship = relationships.find((item) => item.id === id && item.kind === "table");
        const table = relationship ? readTableXml(await required(relationship.path)) : null;
        if (table) builder.addTable(table);
      }
    }
    sheets.push({ ...builder.build(sheet.name), visibility: sheet.state });
  }
  const outputMapName = readOutputMapName(workbookXml);
  return {
    sheets,
    date1904: workbook.date1904,
    ...(outputMapName === undefined ? {} : { outputMapName }),
  };
}
