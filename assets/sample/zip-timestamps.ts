/**
 * The zip library stamps every entry with the current time. Setting those stamps to one fixed
 * day makes the sample file byte-identical from run to run, so that git shows a change only
 * when the data changed.
 */
import { readZipDirectory } from "../../src/file/zip-directory";

const MAX_ENTRIES = 10_000;

/** MS-DOS date of a calendar day (time 00:00). */
function dosDate(year: number, month: number, day: number): number {
  return ((year - 1980) << 9) | (month << 5) | day;
}

export function fixZipTimestamps(
  bytes: Uint8Array,
  year: number,
  month: number,
  day: number
): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  const date = dosDate(year, month, day);
  for (const entry of readZipDirectory(copy, MAX_ENTRIES).entries) {
    view.setUint16(entry.centralHeaderOffset + 12, 0, true);
    view.setUint16(entry.centralHeaderOffset + 14, date, true);
    view.setUint16(entry.localHeaderOffset + 10, 0, true);
    view.setUint16(entry.localHeaderOffset + 12, date, true);
  }
  return copy;
}
