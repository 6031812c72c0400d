/**
 * Which file a workbook was read from, so that writing can refuse to overwrite it. Kept beside
 * the workbook object (not in it) so that exceljs never sees or writes it.
 */
import type { Workbook } from "exceljs";

const sources = new WeakMap<Workbook, string>();

export function rememberSourcePath(workbook: Workbook, path: string): void {
  sources.set(workbook, path);
}

export function sourcePathOf(workbook: Workbook): string | undefined {
  return sources.get(workbook);
}
