/**
 * `--letters FOLDER`: one `.docx` per customer due a reminder or a letter, named after the
 * customer id (`letter-file-name.ts`). The folder must be a folder or not exist yet (it is then
 * made); each letter's path follows the command's rule for every file it writes — a regular file
 * (replaced whole, atomically) or nothing yet, and never one of the run's other files. A file is
 * replaced only when the folder's ledger proves this command wrote it and nobody changed it
 * since (`letters-ledger.ts`); otherwise the letter takes the next free name and the file stays.
 */
import { join } from "node:path";
import { letterDocxBytes } from "../file/letter-docx";
import type { CustomerLetter } from "../workbook/customer-letters";
import type { CliContext } from "./cli-context";
import { CliFailure, EXIT } from "./failure";
import { letterFileNames } from "./letter-file-name";
import {
  ledgerText,
  LETTERS_LEDGER_NAME,
  mayWriteLetter,
  readLettersLedger,
  sha256Hex,
} from "./letters-ledger";
import { checkRunPaths, type RunPath } from "./path-guard";

/** Refuses a `--letters` path that leads to something other than a folder. */
export async function checkLettersFolder(folder: string, { io, words }: CliContext): Promise<void> {
  const facts = await io.inspectPath(folder);
  if (facts.kind === "missing" || facts.kind === "folder") return;
  throw new CliFailure(
    EXIT.usage,
    words("path.notAFolder", {
      option: "--letters",
      file: folder,
      kind: words(`path.kind.${facts.kind}`),
    })
  );
}

/** A file found in the folder that is not a letter this command wrote, kept as it was. */
export interface LetterKeptAside {
  existing: string;
  writtenAs: string;
}

export interface LettersWritten {
  count: number;
  keptAside: LetterKeptAside[];
}

const DOCX = ".docx";

/** The name itself when it may be written, else "stem-2.docx", "stem-3.docx"… the first free one. */
async function freeName(
  folder: string,
  name: string,
  taken: Set<string>,
  ledger: Map<string, string>,
  context: CliContext
): Promise<string> {
  const stem = name.slice(0, name.length - DOCX.length);
  let candidate = name;
  for (let copy = 2; ; copy++) {
    if (
      !taken.has(candidate.toLowerCase()) &&
      (await mayWriteLetter(join(folder, candidate), candidate, ledger, context.io))
    )
      return candidate;
    candidate = `${stem}-${copy}${DOCX}`;
  }
}

/**
 * Writes the letters; `runPaths` are the run's other files (input first), which no letter may
 * be. Returns how many were written and which files of the user's were kept aside.
 */
export async function writeLetters(
  letters: readonly CustomerLetter[],
  folder: string,
  runPaths: readonly RunPath[],
  context: CliContext
): Promise<LettersWritten> {
  await checkLettersFolder(folder, context);
  const ledger = await readLettersLedger(folder, context.io);
  const wanted = letterFileNames(letters.map((letter) => letter.customerId));
  const taken = new Set(wanted.map((name) => name.toLowerCase()));
  const names: string[] = [];
  const keptAside: LetterKeptAside[] = [];
  for (const name of wanted) {
    taken.delete(name.toLowerCase());
    const chosen = await freeName(folder, name, taken, ledger, context);
    taken.add(chosen.toLowerCase());
    names.push(chosen);
    if (chosen !== name) keptAside.push({ existing: name, writtenAs: chosen });
  }
  const paths = names.map((name) => join(folder, name));
  await checkRunPaths(
    [...runPaths, ...paths.map((path): RunPath => ({ role: "--letters", path }))],
    (path) => context.io.inspectPath(path),
    context.words
  );
  for (const [index, letter] of letters.entries()) {
    const bytes = await letterDocxBytes(letter.content);
    await context.io.writeBytes(paths[index], bytes);
    ledger.set(names[index], sha256Hex(bytes));
  }
  if (letters.length > 0)
    await context.io.writeText(join(folder, LETTERS_LEDGER_NAME), ledgerText(ledger));
  return { count: letters.length, keptAside };
}
