/** File mode in Node: everything of index.ts plus reading and writing files on disk. */
export * from "./index";
export { type WriteXlsxFileOptions } from "./write-new-file";
export {
  openXlsxPackageBufferNode,
  openXlsxPackageFile,
  writePatchedXlsxFile,
} from "./package-writer/write-package-node";
/**
 * @deprecated The name of the former exceljs reader, still used by a test of the i18n room; it
 * reads as `openXlsxPackageFile` does (its `raw` is the same). Use `openXlsxPackageFile`.
 */
export { openXlsxPackageFile as readXlsxFile } from "./package-writer/write-package-node";
