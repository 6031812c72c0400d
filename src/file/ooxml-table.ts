/** An Excel Table part (`xl/tables/table1.xml`) → its range, as the workbook layer reads tables. */
import type { RawTableRange } from "../workbook/raw";
import { rawTableRange } from "./sheet-builder";
import { SPREADSHEET_NAMESPACES } from "./xml/namespaces";
import { readXml, type XmlTag } from "./xml/xml-reader";

/** Throws `RangeError` when the table's range is not inside A1:XFD1048576. */
export function readTableXml(xml: string, part: string): RawTableRange | null {
  let table: RawTableRange | null = null;
  let seen = false;
  const read = (tag: XmlTag): RawTableRange | null => {
    const reference = tag.attribute("ref");
    if (!reference) return null;
    return rawTableRange(
      tag.attribute("name") ?? tag.attribute("displayName") ?? "",
      reference,
      Number(tag.attribute("headerRowCount") ?? 1),
      Number(tag.attribute("totalsRowCount") ?? 0)
    );
  };
  readXml(
    xml,
    { part, understood: SPREADSHEET_NAMESPACES },
    {
      open(tag) {
        if (seen || tag.local !== "table") return;
        seen = true;
        table = read(tag);
      },
    }
  );
  return table;
}
