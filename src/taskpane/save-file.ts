/** Offers bytes to the browser as a downloaded file (file mode's reviewed workbook). */
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function saveBytesAsFile(bytes: Uint8Array, name: string): void {
  // A copy into a fresh ArrayBuffer: Blob wants plain buffer-backed parts.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL is no longer needed once it has.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
