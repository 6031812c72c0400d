/** What a caller may say about reading an .xlsx: the limits, the sheets wanted, how messages name the file. */
import type { XlsxLimits } from "./xlsx-guard";

export interface RawReadOptions {
  /** Only these sheets (by exact name); all sheets, hidden ones included, when absent. */
  sheets?: readonly string[];
}

export interface ReadXlsxOptions extends XlsxLimits, RawReadOptions {
  /** How messages name the file, e.g. its file name (default "The file"). */
  label?: string;
}

export const DEFAULT_FILE_LABEL = "The file";

export function toBytes(buffer: ArrayBuffer | Uint8Array): Uint8Array {
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
