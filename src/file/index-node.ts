/** File mode in Node: everything of index.ts plus reading and writing files on disk. */
export * from "./index";
export { type WriteXlsxFileOptions } from "./write-new-file";
export {
  NODE_ATOMIC_FS,
  writeFileAtomic,
  type AtomicWriteFs,
  type WritableFile,
} from "./atomic-write-node";
export {
  inspectPath,
  isSameFile,
  NotARegularFileError,
  type PathFacts,
  type PathKind,
} from "./path-facts-node";
export {
  readSmallFileBytes,
  readSmallTextFile,
  TextFileTooLargeError,
} from "./read-small-text-node";
export { NotUtf8TextError } from "./decode-text";
export {
  openXlsxPackageBufferNode,
  openXlsxPackageFile,
  writePatchedXlsxFile,
} from "./package-writer/write-package-node";
