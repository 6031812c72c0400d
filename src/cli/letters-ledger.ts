/**
 * Which files in a `--letters` folder the command wrote: a small ledger beside the letters names
 * each one with the SHA-256 of the bytes written. A later run replaces a letter only when the
 * file there still has exactly those bytes, so a user's own file of the same name, or a letter
 * the user edited since, is never overwritten: the new letter takes the next free name instead.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { CliIo } from "./node-io";

export const LETTERS_LEDGER_NAME = ".credit-desk-letters.json";
/** A ledger of thousands of letters fits well under this; a larger file is not ours. */
const LEDGER_LIMIT_BYTES = 4 * 1024 * 1024;
/** Our letters are tens of kilobytes; a larger file cannot be one of them. */
const LETTER_LIMIT_BYTES = 8 * 1024 * 1024;
const SHA256_HEX_LENGTH = 64;

export type LettersLedger = Map<string, string>;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function isHash(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.length === SHA256_HEX_LENGTH &&
    [...value].every((char) => "0123456789abcdef".includes(char))
  );
}

/**
 * The ledger of `folder`; empty when there is none. A ledger that is not ours in shape proves
 * nothing, so it is read as empty: every existing file then counts as the user's.
 */
export async function readLettersLedger(folder: string, io: CliIo): Promise<LettersLedger> {
  const path = join(folder, LETTERS_LEDGER_NAME);
  const facts = await io.inspectPath(path);
  if (facts.kind !== "file") return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(await io.readText(path, LEDGER_LIMIT_BYTES));
  } catch (error) {
    // Not JSON, or too large: not a ledger this command wrote, so it proves no file is ours.
    if (error instanceof SyntaxError || (error as { code?: string }).code === "TEXT_FILE_TOO_LARGE")
      return new Map();
    throw error;
  }
  const ledger: LettersLedger = new Map();
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return ledger;
  for (const [name, hash] of Object.entries(parsed)) if (isHash(hash)) ledger.set(name, hash);
  return ledger;
}

/** True when the file at `path` is missing, or holds exactly the bytes the ledger recorded. */
export async function mayWriteLetter(
  path: string,
  name: string,
  ledger: LettersLedger,
  io: CliIo
): Promise<boolean> {
  const facts = await io.inspectPath(path);
  if (facts.kind === "missing") return true;
  if (facts.kind !== "file") return false;
  const recorded = ledger.get(name);
  if (recorded === undefined) return false;
  if (((await io.fileSize(path)) ?? 0) > LETTER_LIMIT_BYTES) return false;
  return sha256Hex(await io.readBytes(path, LETTER_LIMIT_BYTES)) === recorded;
}

export function ledgerText(ledger: LettersLedger): string {
  const sorted = [...ledger.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}
