/**
 * `--letters FOLDER`: one `.docx` per customer due a reminder or a letter, named after the
 * customer id (`letter-file-name.ts`). The folder must be a folder or not exist yet (it is then
 * made); each letter's path follows the command's rule for every file it writes — a regular file
 * (replaced whole, atomically) or nothing yet, and never one of the run's other files.
 */
import { join } from "node:path";
import { letterDocxBytes } from "../file/letter-docx";
import type { CustomerLetter } from "../workbook/customer-letters";
import type { CliContext } from "./cli-context";
import { CliFailure, EXIT } from "./failure";
import { letterFileNames } from "./letter-file-name";
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

/**
 * Writes the letters; `runPaths` are the run's other files (input first), which no letter may
 * be. Returns how many were written.
 */
export async function writeLetters(
  letters: readonly CustomerLetter[],
  folder: string,
  runPaths: readonly RunPath[],
  context: CliContext
): Promise<number> {
  await checkLettersFolder(folder, context);
  const names = letterFileNames(letters.map((letter) => letter.customerId));
  const paths = names.map((name) => join(folder, name));
  await checkRunPaths(
    [...runPaths, ...paths.map((path): RunPath => ({ role: "--letters", path }))],
    (path) => context.io.inspectPath(path),
    context.words
  );
  for (const [index, letter] of letters.entries())
    await context.io.writeBytes(paths[index], await letterDocxBytes(letter.content));
  return letters.length;
}
