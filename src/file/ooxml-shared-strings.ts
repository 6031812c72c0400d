/**
 * The shared strings part: the texts that cells of type "s" point to by index. An item's text is
 * all of its `<t>` runs joined, leaving out phonetic guides (`<rPh>`), which are not its value.
 */
import { decodeExcelEscapes } from "./xml/excel-escapes";
import { SPREADSHEET_NAMESPACES } from "./xml/namespaces";
import { readXml } from "./xml/xml-reader";

export function readSharedStrings(xml: string | null, part = "xl/sharedStrings.xml"): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  let item: string | null = null;
  let inText = false;
  let phoneticDepth = 0;
  readXml(
    xml,
    { part, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        if (tag.local === "si") ((item = ""), (phoneticDepth = 0));
        else if (tag.local === "rPh") phoneticDepth += 1;
        else if (tag.local === "t" && item !== null && phoneticDepth === 0) inText = true;
      },
      text(chunk) {
        if (inText) item += chunk;
      },
      close(tag) {
        if (tag.local === "t") inText = false;
        else if (tag.local === "rPh") phoneticDepth -= 1;
        else if (tag.local === "si" && item !== null) {
          strings.push(decodeExcelEscapes(item));
          item = null;
        }
      },
    }
  );
  return strings;
}
