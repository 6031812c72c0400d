/**
 * Reading the files a command is given — the workbook, the policy and the column mapping — with
 * every refusal as one sentence naming the file. The JSON files are bounded before they are read
 * and must be regular files: a pipe, a device or a folder is refused without waiting on it.
 */
import { isXlsxFileError } from "../file";
import type { CliMessageKey } from "../i18n/cli-messages";
import type { XlsxPackageDocument } from "../file";
import { NotARegularFileError, NotUtf8TextError, TextFileTooLargeError } from "../file/index-node";
import type { CliContext } from "./cli-context";
import type { ColumnChoiceLayer } from "./column-choice";
import { CliFailure, EXIT, fileFailure } from "./failure";
import { parseMappingFile } from "./mapping-file";
import { notAFileFailure } from "./path-guard";

/** A policy is a few kilobytes of JSON; a megabyte is far beyond any real one. */
export const POLICY_FILE_LIMIT_BYTES = 1024 * 1024;
/** A mapping names at most a few dozen fields: 64 KB is far beyond any real one. */
export const MAPPING_FILE_LIMIT_BYTES = 64 * 1024;

const KB = 1024;

interface SmallFile {
  option: "--policy" | "--compare-policy" | "--mapping";
  limitBytes: number;
  tooLarge: CliMessageKey;
  /** A file over the limit is a refusal (1) or, for what only steers the command, a usage error (2). */
  tooLargeExit: (typeof EXIT)["refused" | "usage"];
  /** The same choice for a file that is not text in an encoding the command reads. */
  notTextExit: (typeof EXIT)["refused" | "usage"];
}

async function readSmallText(
  path: string,
  file: SmallFile,
  { io, words }: CliContext
): Promise<string> {
  try {
    return await io.readText(path, file.limitBytes);
  } catch (error) {
    if (error instanceof NotARegularFileError && error.kind !== "missing" && error.kind !== "file")
      throw notAFileFailure(file.option, path, error.kind, words);
    if (error instanceof NotUtf8TextError)
      throw new CliFailure(file.notTextExit, words("file.notUtf8", { file: path }));
    if (error instanceof TextFileTooLargeError) {
      throw new CliFailure(
        file.tooLargeExit,
        words(file.tooLarge, {
          file: path,
          sizeKb: Math.ceil(error.sizeBytes / KB),
          limitKb: error.limitBytes / KB,
        })
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new CliFailure(EXIT.refused, words("file.notFound", { file: path }));
    if (typeof code !== "string") throw error;
    throw new CliFailure(
      EXIT.refused,
      words("file.unreadable", { file: path, detail: (error as Error).message })
    );
  }
}

export async function readPolicyFile(
  path: string,
  context: CliContext,
  option: "--policy" | "--compare-policy" = "--policy"
): Promise<unknown> {
  const text = await readSmallText(
    path,
    {
      option,
      limitBytes: POLICY_FILE_LIMIT_BYTES,
      tooLarge: "policy.tooLarge",
      tooLargeExit: EXIT.refused,
      notTextExit: EXIT.refused,
    },
    context
  );
  const { words } = context;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliFailure(
      EXIT.refused,
      words("policy.notJson", { file: path, detail: (error as Error).message })
    );
  }
}

/**
 * The `--mapping` file's column choices. What it says is part of how the command was called, so
 * a file that is too large, not JSON, or names a sheet, field or value wrongly is a usage error.
 */
export async function readMappingFile(
  path: string,
  context: CliContext
): Promise<ColumnChoiceLayer> {
  const text = await readSmallText(
    path,
    {
      option: "--mapping",
      limitBytes: MAPPING_FILE_LIMIT_BYTES,
      tooLarge: "mapping.tooLarge",
      tooLargeExit: EXIT.usage,
      notTextExit: EXIT.usage,
    },
    context
  );
  const { words } = context;
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new CliFailure(
      EXIT.usage,
      words("mapping.notJson", { file: path, detail: error.message })
    );
  }
  const parsed = parseMappingFile(json);
  if (!parsed.ok)
    throw new CliFailure(EXIT.usage, words(parsed.key, { file: path, ...parsed.params }));
  return parsed.choices;
}

export async function readWorkbookFile(
  path: string,
  context: CliContext
): Promise<XlsxPackageDocument> {
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
