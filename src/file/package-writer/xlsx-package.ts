/**
 * A checked .xlsx held in memory, ready to be patched: its bytes, its zip directory (read and
 * bounded by xlsx-guard), and how its parts are unpacked and packed again. Nothing is unpacked until asked for.
 */
import type { Unpacker } from "../unpack";
import type { ZipDirectory } from "../zip-directory";
import type { Packer } from "./packer";

export interface XlsxPackage {
  bytes: Uint8Array;
  directory: ZipDirectory;
  /** How messages name the file. */
  label: string;
  unpacker: Unpacker;
  /** How the parts written anew are compressed. */
  packer: Packer;
  /** The file it was read from, when it was read from disk: writing refuses to overwrite it. */
  sourcePath?: string;
}
