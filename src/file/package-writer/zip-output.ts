/**
 * Writes the patched package as a zip with JSZip, in Node and in the browser. JSZip reads the
 * source zip without unpacking it and, for every part that is not replaced, copies its
 * compressed bytes as they are; only the changed and new parts are compressed.
 */
import JSZip from "jszip";
import type { PackageEdit } from "./package-edit";

export async function writePackage(edit: PackageEdit, level: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(edit.source.bytes);
  for (const path of edit.removed) zip.remove(path);
  for (const [path, text] of edit.changed) zip.file(path, text, { createFolders: false });
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level },
  });
}
