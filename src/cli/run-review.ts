/**
 * `credit-desk review <workbook.xlsx>`: parse the arguments, read the workbook (refusing unsafe
 * files), run the shared review, write a NEW reviewed workbook and the JSON result, print the
 * summary. All I/O goes through `CliIo`, so a test runs the real command in-process.
 *
 * Returns the exit code: 0 done, 1 refused (bad file, missing sheet or column, bad policy),
 * 2 usage error. Expected failures print one sentence in the chosen language, never a stack.
 */
import { isoFromSerial, serialFromIso } from "../engine/dates";
import type { SerialDate } from "../engine/types";
import { isXlsxFileError } from "../file";
import type { XlsxPackageDocument } from "../file";
import { headerSynonyms, outputLabels, usageText } from "../i18n";
import { cliTranslator, type CliWords } from "../i18n/cli-messages";
import { allOutputLabels } from "../i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../i18n/owned-sheet-names";
import { ownedSignatures } from "../workbook/owned-signatures";
import type { DisplayLocale } from "../i18n";
import type { WorkbookReviewDone, WorkbookReviewStep } from "../workbook/workbook-review";
import { reviewWorkbook } from "../workbook/workbook-review";
import type { ReviewCommand } from "./args";
import { parseCommandLine } from "./args";
import { chooseLocale } from "./cli-locale";
import { CliFailure, EXIT, fileFailure, refusalFailure } from "./failure";
import type { ExitCode } from "./failure";
import { toJsonResult } from "./json-result";
import type { CliIo } from "./node-io";
import { defaultOutputPath, isSamePath } from "./output-paths";
import type { Progress } from "./progress";
import { createProgress } from "./progress";
import { problemLines, summaryLines } from "./summary";

interface Context {
  io: CliIo;
  words: CliWords;
  locale: DisplayLocale;
}

function printLines(write: (text: string) => void, lines: readonly string[]): void {
  if (lines.length > 0) write(`${lines.join("\n")}\n`);
}

async function readPolicyFile(path: string, { io, words }: Context): Promise<unknown> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new CliFailure(EXIT.refused, words("file.notFound", { file: path }));
    throw new CliFailure(
      EXIT.refused,
      words("file.unreadable", { file: path, detail: (error as Error).message })
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliFailure(
      EXIT.refused,
      words("policy.notJson", { file: path, detail: (error as Error).message })
    );
  }
}

async function readWorkbookFile(path: string, context: Context): Promise<XlsxPackageDocument> {
  try {
    return await context.io.readWorkbook(path);
  } catch (error) {
    if (isXlsxFileError(error)) {
      const size = error.code === "TOO_LARGE" ? await context.io.fileSize(path) : null;
      throw fileFailure(error, path, size, context.words);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string") {
      throw new CliFailure(
        EXIT.refused,
        context.words("file.unreadable", { file: path, detail: (error as Error).message })
      );
    }
    throw error;
  }
}

async function writeOutput(
  write: () => Promise<void>,
  path: string,
  { words }: Context
): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isXlsxFileError(error) && error.code === "OVERWRITE_INPUT")
      throw new CliFailure(EXIT.usage, words("file.sameAsInput"));
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
  const outPath = command.outPath ?? defaultOutputPath(input);
  if (isSamePath(outPath, input)) throw new CliFailure(EXIT.usage, words("file.sameAsInput"));
  if (command.jsonPath !== null && isSamePath(command.jsonPath, input))
    throw new CliFailure(EXIT.usage, words("file.jsonSameAsInput"));
  const asOf: SerialDate = command.asOf === null ? io.today() : serialFromIso(command.asOf);
  const givenPolicy =
    command.policyPath === null ? undefined : await readPolicyFile(command.policyPath, context);

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
    const outcome = reviewWorkbook(document.raw, {
      asOf,
      synonyms: headerSynonyms(),
      labelsFor: (policy) => outputLabels(locale, policy),
      ownedSignatures: ownedSignatures(allOutputLabels()),
      policySheetNames: POLICY_SHEET_NAMES,
      givenPolicy,
      onStep: stepProgress(progress, isoFromSerial(asOf), locale),
    });
    if (!outcome.ok) throw refusalFailure(outcome.refusal, words, locale, command.policyPath);

    progress.step("progress.writing", { file: outPath });
    let skipped: string[] = [];
    await writeOutput(
      async () => {
        skipped = await io.writeWorkbook(document.package, outcome.plan, outPath, input);
      },
      outPath,
      context
    );
    if (command.jsonPath !== null) {
      const json = `${JSON.stringify(toJsonResult(outcome.result, outcome.policy), null, 2)}\n`;
      const jsonPath = command.jsonPath;
      await writeOutput(() => io.writeText(jsonPath, json), jsonPath, context);
    }
    progress.done();
    printSummary(command, context, outcome, [...(outcome.plan.notes ?? []), ...skipped], outPath);
    return EXIT.ok;
  } finally {
    progress.stop();
  }
}

function printSummary(
  command: ReviewCommand,
  context: Context,
  outcome: WorkbookReviewDone,
  notes: string[],
  outPath: string
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
  if (!known) io.stderr(`${words("args.BAD_LANG", { detail: parsed.lang ?? "" })}\n`);

  if (parsed.command === "help") {
    io.stdout(`${usageText(locale)}\n`);
    return EXIT.ok;
  }
  if (parsed.command === "error") {
    io.stderr(`${words(`args.${parsed.code}`, { detail: parsed.detail })}\n`);
    return EXIT.usage;
  }
  try {
    return await review(parsed, context);
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(
      `${words("error.unexpected", { detail: error instanceof Error ? error.message : String(error) })}\n`
    );
    return EXIT.refused;
  }
}
