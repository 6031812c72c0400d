/**
 * The messages between the pane and its file-mode worker. Only plain data crosses (the browser
 * copies it with structured clone), so errors travel as their name, message and code and are
 * rebuilt on the pane's side, where `describeFailure` words them as if thrown there.
 */
import type { ChosenFile, ReviewedFile } from "../ports/file-port";
import type { ProgressUpdate } from "../ports/workbook-port";
import { abortError, ABORT_ERROR_NAME } from "../../workbook/cancelled";
import type { PaneOutcome } from "../flow/pane-review";
import type { PrepareOptions, WritePart } from "../flow/review-runner";

/** What a prepare needs besides the file: the cancel signal stays with the pane (it ends the worker). */
export type WorkerPrepareOptions = Omit<PrepareOptions, "signal" | "onProgress">;

export type WorkerRequest =
  | { kind: "choose"; file: ChosenFile }
  | { kind: "prepare"; id: number; options: WorkerPrepareOptions }
  /** Writes the review that the prepare request `preparedId` produced (all of it, or its Letters sheet). */
  | { kind: "apply"; id: number; preparedId: number; part: WritePart };

export type WorkerReply =
  | { kind: "progress"; id: number; progress: ProgressUpdate }
  | { kind: "prepared"; id: number; outcome: PaneOutcome }
  | { kind: "applied"; id: number; reviewed: ReviewedFile }
  | { kind: "failed"; id: number; error: WireError };

export interface WireError {
  name: string;
  message: string;
  /** The stable code of file, Office and pane errors, when the error has one. */
  code?: string;
}

/** An error rebuilt from the worker's report, keeping the code the pane translates. */
export class WorkerError extends Error {
  readonly code: string | undefined;

  constructor(wire: WireError) {
    super(wire.message);
    this.name = wire.name;
    this.code = wire.code;
  }
}

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
  return code === undefined
    ? { name: error.name, message: error.message }
    : { name: error.name, message: error.message, code };
}

export function fromWireError(wire: WireError): Error {
  if (wire.name === ABORT_ERROR_NAME) return abortError();
  return new WorkerError(wire);
}
