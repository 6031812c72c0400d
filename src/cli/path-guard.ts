/**
 * The files one review touches — the workbook read, the policy read, the workbook and JSON
 * written — are checked together before anything is read or written: each file written must be
 * a regular file or not exist yet, the policy a regular file (or missing: its reader says so),
 * and no two of them may be one file, whatever path leads to it (a symbolic link, a hard link,
 * a linked folder, `..`).
 * The workbook must be a regular file too (or missing: its reader says "not found"); the
 * standard input is refused by name, since a review needs a file it can read twice.
 * Paths are inspected with stat, never opened, so a pipe or a device cannot make the command wait.
 */
import type { PathFacts, PathKind } from "../file/index-node";
import { isSameFile } from "../file/index-node";
import type { CliWords } from "../i18n/cli-messages";
import { CliFailure, EXIT } from "./failure";

export interface RunPath {
  /** How the command line names it: "--out", or the workbook's words. */
  role: "input" | "--policy" | "--compare-policy" | "--mapping" | "--out" | "--json" | "--letters";
  path: string;
}

type Inspect = (path: string) => Promise<PathFacts>;

function roleName(role: RunPath["role"], words: CliWords): string {
  return role === "input" ? words("path.input") : role;
}

type OtherKind = Exclude<PathKind, "missing" | "file">;

/** The names of the standard input on the systems the command runs on ("-" by convention). */
const STANDARD_INPUT_NAMES = new Set(["-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);

/** The workbook named as something that is not a file: said for what it is, a usage error. */
function inputFailure(path: string, facts: PathFacts, words: CliWords): CliFailure | null {
  if (STANDARD_INPUT_NAMES.has(path.trim()))
    return new CliFailure(EXIT.usage, words("path.inputStdin", { file: path }));
  if (facts.kind === "missing" || facts.kind === "file" || facts.kind === "brokenLink") return null;
  return new CliFailure(
    EXIT.usage,
    words("path.inputNotAFile", { file: path, kind: words(`path.kind.${facts.kind}`) })
  );
}

export function notAFileFailure(
  option: string,
  file: string,
  kind: OtherKind,
  words: CliWords
): CliFailure {
  return new CliFailure(
    EXIT.usage,
    words("path.notAFile", { option, file, kind: words(`path.kind.${kind}`) })
  );
}

/** Why two of the run's files are one; the historic sentences where the input is overwritten. */
function sameFileFailure(first: RunPath, second: RunPath, words: CliWords): CliFailure {
  if (first.role === "input" && second.role === "--out")
    return new CliFailure(EXIT.usage, words("file.sameAsInput"));
  if (first.role === "input" && second.role === "--json")
    return new CliFailure(EXIT.usage, words("file.jsonSameAsInput"));
  return new CliFailure(
    EXIT.usage,
    words("path.same", {
      first: roleName(second.role, words),
      second: roleName(first.role, words),
      file: second.path,
    })
  );
}

/**
 * Refuses, with one sentence, a run whose files are unsafe. `paths` lists the input first; a
 * missing input or policy is left to the readers, which say "file not found".
 */
export async function checkRunPaths(
  paths: readonly RunPath[],
  inspect: Inspect,
  words: CliWords
): Promise<void> {
  const inspected: { run: RunPath; facts: PathFacts }[] = [];
  for (const run of paths) {
    const facts = await inspect(run.path);
    if (run.role === "input") {
      const refused = inputFailure(run.path, facts, words);
      if (refused) throw refused;
    } else if (facts.kind !== "missing" && facts.kind !== "file")
      throw notAFileFailure(run.role, run.path, facts.kind, words);
    const earlier = inspected.find((other) => isSameFile(other.facts, facts));
    if (earlier) throw sameFileFailure(earlier.run, run, words);
    inspected.push({ run, facts });
  }
}
