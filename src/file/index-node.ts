/** File mode in Node: everything of index.ts plus reading and writing files on disk. */
export * from "./index";
export { type WriteXlsxFileOptions } from "./write-new-file";
export {
  openXlsxPackageBufferNode,
  openXlsxPackageFile,
  writePatchedXlsxFile,
} from "./package-writer/write-package-node";
