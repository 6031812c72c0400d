/** Writing a workbook to bytes, in Node and in the browser (the caller saves or downloads them). */
import type { Workbook } from "exceljs";

export async function writeXlsxBuffer(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
