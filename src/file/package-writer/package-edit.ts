/**
 * The parts of a package being patched: a part is read (unpacked with the bounded, checksum-
 * checked unpacker) only when asked for, and remembered once changed; parts nobody changes
 * keep their compressed bytes when the package is written again. A large changed part can be
 * packed as soon as it is final, so its text does not wait in memory for the others.
 */
import { unpackEntry } from "../unpack";
import { damagedFileError } from "../xlsx-file-error";
import { XmlPartError } from "../xml/xml-part-error";
import type { ZipEntryInfo } from "../zip-directory";
import type { PackedText } from "./packer";
import { utf8PartText } from "./utf8-part-text";
import type { XlsxPackage } from "./xlsx-package";

/**
 * A part's text: whole, or as consecutive pieces. A large sheet is kept in pieces (the part
 * before its rows always comes first, whole), never joined into one string.
 */
export type PartText = string | readonly string[];

const piecesOf = (text: PartText): readonly string[] => (typeof text === "string" ? [text] : text);

function isPacked(part: PartText | PackedText): part is PackedText {
  return typeof part === "object" && "data" in part;
}

export class PackageEdit {
  private readonly entries: Map<string, ZipEntryInfo>;
  /** Changed or new parts, as XML text, or already packed. */
  private readonly changed = new Map<string, PartText | PackedText>();
  readonly removed = new Set<string>();

  constructor(readonly source: XlsxPackage) {
    this.entries = new Map(
      source.directory.entries.map((entry) => [entry.name.replace(/^\//, ""), entry])
    );
  }

  has(path: string): boolean {
    return !this.removed.has(path) && (this.changed.has(path) || this.entries.has(path));
  }

  /** Every part name the package will have. */
  paths(): string[] {
    const names = new Set([...this.entries.keys(), ...this.changed.keys()]);
    for (const name of this.removed) names.delete(name);
    return [...names];
  }

  /** The source's zip entry of a part, if the source has it (whether or not it changed). */
  sourceEntry(path: string): ZipEntryInfo | undefined {
    return this.entries.get(path);
  }

  /** Packs a changed part now (DEFLATE `level`): its text can then be freed. */
  async pack(path: string, level: number): Promise<void> {
    const text = this.changed.get(path);
    if (text === undefined || isPacked(text)) return;
    this.changed.set(path, await this.source.packer.packText(piecesOf(text), level));
  }

  /** Hands over a changed part packed, and forgets it, so each part is freed once written. */
  async takePacked(path: string, level: number): Promise<PackedText | undefined> {
    await this.pack(path, level);
    const packed = this.changed.get(path);
    this.changed.delete(path);
    return packed === undefined || !isPacked(packed) ? undefined : packed;
  }

  /** The part's text in pieces, as they were set (one piece for a part read from the source). */
  async pieces(path: string): Promise<readonly string[] | null> {
    if (this.removed.has(path)) return null;
    const changed = this.changed.get(path);
    if (changed !== undefined && !isPacked(changed)) return piecesOf(changed);
    const { bytes, label, unpacker } = this.source;
    // A part packed early is unpacked again if asked for (not the usual way: it was final).
    if (changed !== undefined)
      return [this.decoded(await unpacker.inflate(changed.data, changed.uncompressedSize), path)];
    const entry = this.entries.get(path);
    if (!entry) return null;
    return [this.decoded(await unpackEntry(bytes, entry, label, unpacker), path)];
  }

  /** Parts are written back as UTF-8, so they are read as text declared so. */
  private decoded(data: Uint8Array, path: string): string {
    try {
      return utf8PartText(data, path);
    } catch (error) {
      if (error instanceof XmlPartError)
        throw damagedFileError(this.source.label, error.message, error);
      throw error;
    }
  }

  async text(path: string): Promise<string | null> {
    const pieces = await this.pieces(path);
    return pieces === null ? null : pieces.join("");
  }

  async required(path: string): Promise<string> {
    const text = await this.text(path);
    if (text === null) throw damagedFileError(this.source.label, `the part "${path}" is missing`);
    return text;
  }

  set(path: string, text: PartText): void {
    this.removed.delete(path);
    this.changed.set(path, text);
  }

  remove(path: string): void {
    this.changed.delete(path);
    this.removed.add(path);
  }
}
