/**
 * What makes a written package valid beyond "it unzips", checked on the bytes the writer wrote:
 * every XML part is UTF-8 and says so (or declares nothing, which means UTF-8), is well-formed
 * with every namespace prefix bound; every worksheet has one `<row>` per row in ascending order
 * and one `<c>` per cell, in column order, each where its row says.
 */
import { parseRange } from "../../../src/workbook/plan-address";
import { declaredEncoding } from "../../../src/file/xml/decode-xml-part";
import { SPREADSHEET_NAMESPACES } from "../../../src/file/xml/namespaces";
import { readXml } from "../../../src/file/xml/xml-reader";
import { zipParts } from "./patch-helpers";

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });

function isXmlPart(name: string): boolean {
  return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
}

/** Checks one worksheet's rows and cells; each problem is one sentence naming the part. */
function worksheetProblems(part: string, text: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  let dataDepth = -1;
  let lastRow = 0;
  let currentRow = 0;
  let lastColumn = 0;
  readXml(
    text,
    { part, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        depth += 1;
        if (tag.local === "sheetData") dataDepth = depth;
        else if (tag.local === "row" && depth === dataDepth + 1) {
          const given = tag.attribute("r");
          currentRow = given === undefined ? lastRow + 1 : Number(given);
          if (!(currentRow > lastRow))
            problems.push(`${part}: row ${currentRow} follows row ${lastRow}`);
          lastRow = currentRow;
          lastColumn = 0;
        } else if (tag.local === "c" && depth === dataDepth + 2) {
          const reference = tag.attribute("r");
          const cell = reference === undefined ? null : parseRange(reference);
          const column = cell === null ? lastColumn + 1 : cell.left;
          if (cell !== null && cell.top !== currentRow)
            problems.push(`${part}: cell ${reference} stands in row ${currentRow}`);
          if (!(column > lastColumn))
            problems.push(
              `${part}: row ${currentRow} has a cell at column ${column} after column ${lastColumn}`
            );
          lastColumn = column;
        }
      },
      close() {
        depth -= 1;
      },
    }
  );
  return problems;
}

/** Every rule the package breaks, one sentence each; empty when it is valid. */
export function packageProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  for (const [name, { data }] of zipParts(bytes)) {
    if (!isXmlPart(name)) continue;
    let text: string;
    try {
      text = fatalUtf8.decode(data);
    } catch (error) {
      problems.push(`${name} is not UTF-8 (${String(error)})`);
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const declared = declaredEncoding(text);
    if (declared !== null && declared !== "utf-8")
      problems.push(`${name} is UTF-8 but declares "${declared}"`);
    try {
      if (name.startsWith("xl/worksheets/") && name.endsWith(".xml"))
        problems.push(...worksheetProblems(name, text));
      else readXml(text, { part: name, understood: SPREADSHEET_NAMESPACES }, {});
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return problems;
}
