/** An Excel Table part (`xl/tables/table1.xml`) → its range, as the workbook layer reads tables. */
import type { RawTableRange } from "../workbook/raw";
import { rawTableRange } from "./sheet-builder";
import { elements } from "./xml-text";

export function readTableXml(xml: string): RawTableRange | null {
  const table = elements(xml, "table")[0];
  const reference = table?.get("ref");
  if (!table || !reference) return null;
  const name = table.get("name") ?? table.get("displayName") ?? "";
  return rawTableRange(
    name,
    reference,
    Number(table.get("headerRowCount") ?? 1),
    Number(table.get("totalsRowCount") ?? 0)
  );
}
