/**
 * The part of a worksheet before its rows, found with the shared XML tokenizer, which stops
 * at `<sheetData>`: so a sheet of any size is read only as far as its head, and a comment or
 * CDATA that looks like markup is never taken for it.
 */
import { SPREADSHEET_NAMESPACES } from "../xml/namespaces";
import { readXml } from "../xml/xml-reader";
import { tagPrefix } from "./start-tag";

export interface WorksheetHead {
  /** Namespace prefix of the main elements ("" or e.g. "x:"). */
  prefix: string;
  /** Offset just past the `<sheetData>` start tag. */
  end: number;
}

/** Thrown from the tokenizer's handler to stop it once the head is read. */
class HeadRead extends Error {}

/** Where the head of the worksheet `text` ends, or null when the text has no `<sheetData>` (in this piece). */
export function worksheetHead(text: string, part: string): WorksheetHead | null {
  let prefix = "";
  let depth = 0;
  let end = -1;
  try {
    readXml(
      text,
      { part, understood: SPREADSHEET_NAMESPACES, partial: true },
      {
        open(tag) {
          depth += 1;
          if (depth === 1) prefix = tagPrefix(text.slice(tag.start, tag.end));
          else if (depth === 2 && tag.local === "sheetData") {
            end = tag.end;
            throw new HeadRead();
          }
        },
        close() {
          depth -= 1;
        },
      }
    );
  } catch (error) {
    if (!(error instanceof HeadRead)) throw error;
  }
  return end < 0 ? null : { prefix, end };
}
