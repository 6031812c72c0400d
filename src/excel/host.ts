/**
 * Where the pane runs. Outside Office, office.js still loads, `Office.onReady` resolves with
 * `host: null` and `Excel` is undefined: the pane then offers the file mode.
 */

export type HostKind = "excel" | "browser";

/** The slice of the Office global this needs (injected by tests). */
export interface OfficeReady {
  onReady(): Promise<{ host: Office.HostType | null }>;
}

/** `Office.HostType.Excel` as its string value, which needs no Office global to compare. */
const EXCEL_HOST = "Excel";

function globalOffice(): OfficeReady | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

function excelApiPresent(): boolean {
  return typeof Excel !== "undefined";
}

export async function detectHost(
  office: OfficeReady | undefined = globalOffice(),
  hasExcelApi: () => boolean = excelApiPresent
): Promise<HostKind> {
  if (!office) return "browser";
  const info = await office.onReady();
  return String(info.host) === EXCEL_HOST && hasExcelApi() ? "excel" : "browser";
}
