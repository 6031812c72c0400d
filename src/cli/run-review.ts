/**
 * `credit-desk review <workbook.xlsx>`: parse the arguments, read the workbook (refusing unsafe
 * files), run the shared review, write a NEW reviewed workbook and the JSON result, print the
 * summary. All I/O goes through `CliIo`, so a test runs the real command in-process. The same
 * entry answers `--version`, `--help` and `policy --export` (export-policy.ts).
 *
 * Returns the exit code: 0 done, 1 refused (bad file, missing sheet or column, bad policy),
 * 2 usage error. Expected failures print one sentence in the chosen language, never a stack.
 */
// The command line words problems in any language at once: all problem words are loaded.
import "../i18n/problem-messages-chinese";
import { DEFAULT_POLICY } from "../engine/policy";
import { isoFromSerial, serialFromIso } from "../engine/dates";
import type { SerialDate } from "../engine/types";
import { isXlsxFileError } from "../file";
import { NotARegularFileError } from "../file/index-node";
import { headerSynonyms, outputLabels, usageText } from "../i18n";
import { cliTranslator } from "../i18n/cli-messages";
import { allOutputLabels } from "../i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../i18n/owned-sheet-names";
import { planNoteMessage } from "../i18n/plan-note-messages";
import type { SheetRole } from "../workbook/fields";
import { ownedSignatures } from "../workbook/owned-signatures";
import type { DisplayLocale } from "../i18n";
import type { ReadyReview } from "../workbook/prepare-review";
import { prepareReview } from "../workbook/prepare-review";
import { simulatePolicy } from "../workbook/simulate-policy";
import type { WorkbookReviewStep } from "../workbook/workbook-review";
import type { ReviewCommand } from "./args";
import { parseCommandLine } from "./args";
import type { CliContext } from "./cli-context";
import { chooseLocale } from "./cli-locale";
import {
  columnChoices,
  sameColumnFailure,
  sheetlessChoiceFailure,
  typedHeaderFailure,
} from "./column-choices";
import { readComparePolicy, whatIfLines } from "./compare-policy";
import { exportPolicy } from "./export-policy";
import { CliFailure, EXIT, refusalFailure } from "./failure";
import type { ExitCode } from "./failure";
import { toJsonResult } from "./json-result";
import type { CliIo } from "./node-io";
import { defaultOutputPath } from "./output-paths";
import { checkRunPaths, notAFileFailure, type RunPath } from "./path-guard";
import type { Progress } from "./progress";
import { createProgress } from "./progress";
import { readMappingFile, readPolicyFile, readWorkbookFile } from "./read-inputs";
import { problemLines, summaryLines } from "./summary";
import { printableLine, printableLines } from "./terminal-text";
import { CREDIT_DESK_VERSION } from "./version";
import { checkLettersFolder, type LettersWritten, writeLetters } from "./write-letters";
import { customerLetters } from "../workbook/customer-letters";
import { STATEMENT_WORDS } from "../i18n/statement-words";

type Context = CliContext;

const ALL_ROLES: readonly SheetRole[] = ["customers", "receivables", "orders"];
/** The orders sheet is optional; customers and receivables are read or the review is refused. */
const READ_WITHOUT_ORDERS: readonly SheetRole[] = ["customers", "receivables"];

/** Prints lines, each stripped of terminal controls (workbook text may carry them). */
function printLines(write: (text: string) => void, lines: readonly string[]): void {
  if (lines.length > 0) write(`${printableLines(lines)}\n`);
}

async function writeOutput(
  write: () => Promise<void>,
  option: "--out" | "--json" | "--letters",
  path: string,
  { words }: Context
): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isXlsxFileError(error) && error.code === "OVERWRITE_INPUT")
      throw new CliFailure(EXIT.usage, words("file.sameAsInput"));
    // Checked before the review; found again only when the path changed in between.
    if (error instanceof NotARegularFileError && error.kind !== "missing" && error.kind !== "file")
      throw notAFileFailure(option, path, error.kind, words);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string")
      throw new CliFailure(
        EXIT.refused,
        words("file.writeFailed", { file: path, detail: (error as Error).message })
      );
    throw error;
  }
}

function stepProgress(progress: Progress, asOf: string, locale: DisplayLocale) {
  const counted = (n: number) => n.toLocaleString(locale === "qps-ploc" ? "en-US" : locale);
  return (step: WorkbookReviewStep): void => {
    if (step.step !== "read") return;
    progress.step("progress.reviewing", {
      asOf,
      customers: counted(step.customers),
      receivables: counted(step.receivables),
      orders: step.orders === null ? "-" : counted(step.orders),
    });
  };
}

async function review(command: ReviewCommand, context: Context): Promise<ExitCode> {
  const { io, words, locale } = context;
  const input = command.workbook;
  // A comparison alone writes no workbook; with --out it writes the current policy's review.
  const writesWorkbook = command.comparePolicyPath === null || command.outPath !== null;
  const outPath = command.outPath ?? defaultOutputPath(input);
  const paths: RunPath[] = [{ role: "input", path: input }];
  if (command.policyPath !== null) paths.push({ role: "--policy", path: command.policyPath });
  if (command.comparePolicyPath !== null)
    paths.push({ role: "--compare-policy", path: command.comparePolicyPath });
  if (command.mappingPath !== null) paths.push({ role: "--mapping", path: command.mappingPath });
  if (writesWorkbook) paths.push({ role: "--out", path: outPath });
  if (command.jsonPath !== null) paths.push({ role: "--json", path: command.jsonPath });
  await checkRunPaths(paths, (path) => io.inspectPath(path), words);
  if (command.lettersDir !== null) await checkLettersFolder(command.lettersDir, context);
  const asOf: SerialDate = command.asOf === null ? io.today() : serialFromIso(command.asOf);
  const givenPolicy =
    command.policyPath === null ? undefined : await readPolicyFile(command.policyPath, context);
  const comparePolicy =
    command.comparePolicyPath === null
      ? null
      : await readComparePolicy(command.comparePolicyPath, context);
  const fileChoices =
    command.mappingPath === null ? {} : await readMappingFile(command.mappingPath, context);

  const progress = createProgress({
    quiet: command.quiet,
    isTty: io.stderrIsTty,
    fileBytes: await io.fileSize(input),
    write: (text) => io.stderr(text),
    words,
    now: () => io.now(),
  });
  try {
    progress.step("progress.reading", { file: input });
    const document = await readWorkbookFile(input, context);
    const columns = await columnChoices(command.mapChoices, fileChoices, document.package);
    const outcome = await prepareReview(document.raw, {
      asOf,
      synonyms: headerSynonyms(),
      labelsFor: (policy) => outputLabels(locale, policy),
      ownedSignatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
      policySheetNames: POLICY_SHEET_NAMES,
      givenPolicy,
      mapping: columns.mapping,
      noOrders: command.noOrders,
      company: command.company,
      statementWords: STATEMENT_WORDS,
      onStep: stepProgress(progress, isoFromSerial(asOf), locale),
    });
    const sameColumn = sameColumnFailure(outcome.problems, columns.chosen, words);
    if (sameColumn !== null) throw sameColumn;
    const typedHeader = typedHeaderFailure(outcome.problems, columns.chosen, words);
    if (typedHeader !== null) throw typedHeader;
    // A column the headers do not settle is a refusal here: the command line does not ask.
    if (outcome.kind !== "ready")
      throw refusalFailure(outcome.refusal, words, locale, command.policyPath);
    const rolesRead = outcome.layout.orders === null ? READ_WITHOUT_ORDERS : ALL_ROLES;
    const sheetless = sheetlessChoiceFailure(columns.chosen, rolesRead, words);
    if (sheetless !== null) throw sheetless;

    const simulation = comparePolicy === null ? null : simulatePolicy(outcome, comparePolicy);
    let skipped: string[] = [];
    if (writesWorkbook) {
      progress.step("progress.writing", { file: outPath });
      await writeOutput(
        async () => {
          skipped = await io.writeWorkbook(document.package, outcome.plan, outPath, input);
        },
        "--out",
        outPath,
        context
      );
    }
    if (command.jsonPath !== null) {
      const result = toJsonResult(
        outcome.result,
        outcome.policy,
        outcome.problems,
        context.locale,
        {
          scoreChanges: outcome.scoreChanges,
          history: outcome.history,
          ...(simulation === null
            ? {}
            : { whatIf: { whatIf: simulation.whatIf, policyVersion: simulation.policy.version } }),
        }
      );
      const json = `${JSON.stringify(result, null, 2)}\n`;
      const jsonPath = command.jsonPath;
      await writeOutput(() => io.writeText(jsonPath, json), "--json", jsonPath, context);
    }
    const lettersDir = command.lettersDir;
    let lettersWritten: LettersWritten = { count: 0, keptAside: [] };
    if (lettersDir !== null) {
      const letters = customerLetters({
        input: outcome.input,
        result: outcome.result,
        policy: outcome.policy,
        language: locale,
        company: command.company,
        statementWords: STATEMENT_WORDS,
      });
      await writeOutput(
        async () => {
          lettersWritten = await writeLetters(letters, lettersDir, paths, context);
        },
        "--letters",
        lettersDir,
        context
      );
    }
    progress.done();
    const planNotes = (outcome.plan.notes ?? []).map((note) => planNoteMessage(note, locale));
    const notes = [...planNotes, ...skipped];
    printSummary(command, context, outcome, notes, writesWorkbook ? outPath : null);
    if (simulation !== null && !command.quiet)
      printLines(io.stdout, [
        "",
        ...whatIfLines(simulation, outcome.policy.version, words, locale),
      ]);
    if (lettersDir !== null && !command.quiet)
      printLines(io.stdout, [
        ...lettersWritten.keptAside.map((kept) =>
          words("summary.letterKeptAside", { folder: lettersDir, ...kept })
        ),
        words("summary.wroteLetters", { folder: lettersDir, count: lettersWritten.count }),
      ]);
    return EXIT.ok;
  } finally {
    progress.stop();
  }
}

function printSummary(
  command: ReviewCommand,
  context: Context,
  outcome: ReadyReview,
  notes: string[],
  outPath: string | null
): void {
  const { io, words, locale } = context;
  if (command.quiet) {
    if (outcome.problems.length > 0)
      printLines(io.stdout, problemLines(outcome.problems, words, locale));
    return;
  }
  const lines = summaryLines({
    review: outcome,
    locale,
    words,
    labels: outputLabels(locale, outcome.policy),
    policyFile: command.policyPath,
    outPath,
    jsonPath: command.jsonPath,
    outputNotes: notes,
  });
  printLines(io.stdout, lines);
}

/** Runs the command line; returns the exit code. Unexpected errors are printed, not hidden. */
export async function runReview(argv: string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseCommandLine(argv);
  const { locale, known } = chooseLocale(parsed.lang);
  const words = cliTranslator(locale);
  const context: Context = { io, words, locale };
  const sentence = (text: string) => io.stderr(`${printableLine(text)}\n`);
  if (!known) sentence(words("args.BAD_LANG", { detail: parsed.lang ?? "" }));

  switch (parsed.command) {
    case "version":
      io.stdout(`credit-desk ${CREDIT_DESK_VERSION}\n`);
      return EXIT.ok;
    case "help":
      printLines(io.stdout, usageText(locale).split("\n"));
      return EXIT.ok;
    case "usage":
      printLines(io.stderr, usageText(locale).split("\n"));
      return EXIT.usage;
    case "error":
      sentence(words(`args.${parsed.code}`, parsed.params));
      return EXIT.usage;
  }
  try {
    return parsed.command === "review"
      ? await review(parsed, context)
      : await exportPolicy(parsed, context);
  } catch (error) {
    if (error instanceof CliFailure) {
      sentence(error.message);
      return error.exitCode;
    }
    sentence(
      words("error.unexpected", {
        detail: error instanceof Error ? error.message : String(error),
      })
    );
    return EXIT.refused;
  }
}
