/** File mode in Node: everything of index.ts plus reading and writing files on disk. */
export * from "./index";
export {
  openXlsxFile,
  openXlsxBufferNode,
  readXlsxFile,
  readXlsxBufferNode,
} from "./read-xlsx-node";
export { writeXlsxFile, type WriteXlsxFileOptions } from "./write-xlsx-node";
export {
  openXlsxPackageBufferNode,
  openXlsxPackageFile,
  writePatchedXlsxFile,
} from "./package-writer/write-package-node";
