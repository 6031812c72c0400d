/**
 * Reading the files a command is given — the workbook and the policy — with every refusal as
 * one sentence naming the file. The policy file is bounded before it is read and must be a
 * regular file: a pipe, a device or a folder is refused without waiting on it.
 */
import { isXlsxFileError } from "../file";
import type { XlsxPackageDocument } from "../file";
import { NotARegularFileError, TextFileTooLargeError } from "../file/index-node";
import type { CliContext } from "./cli-context";
import { CliFailure, EXIT, fileFailure } from "./failure";
import { notAFileFailure } from "./path-guard";

/** A policy is a few kilobytes of JSON; a megabyte is far beyond any real one. */
export const POLICY_FILE_LIMIT_BYTES = 1024 * 1024;

const KB = 1024;

export async function readPolicyFile(path: string, { io, words }: CliContext): Promise<unknown> {
  let text: string;
  try {
    text = await io.readText(path, POLICY_FILE_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof NotARegularFileError && error.kind !== "missing" && error.kind !== "file")
      throw notAFileFailure("--policy", path, error.kind, words);
    if (error instanceof TextFileTooLargeError) {
      throw new CliFailure(
        EXIT.refused,
        words("policy.tooLarge", {
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
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliFailure(
      EXIT.refused,
      words("policy.notJson", { file: path, detail: (error as Error).message })
    );
  }
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
