/**
 * The errors a sheet part's parse throws, as plain data and back: a worker's errors reach the
 * reader as the same classes with the same sentences, so that a refusal reads the same whichever
 * thread parsed the sheet. Any other error is a bug: it comes back as an Error with its stack.
 */
import type { CellRange } from "../../workbook/plan-address";
import { SheetExtentError } from "../sheet-extent";
import { SheetShapeError } from "../sheet-shape-error";
import { XmlPartError } from "../xml/xml-part-error";

export type SheetPartErrorData =
  | { kind: "xml"; part: string; message: string; cause: string | null }
  | { kind: "shape"; message: string }
  | { kind: "extent"; range: CellRange; maxCells: number; source: "dimension" | "cells" }
  | { kind: "other"; message: string; stack: string | null };

export function sheetPartErrorData(error: unknown): SheetPartErrorData {
  if (error instanceof XmlPartError) {
    const cause = error.cause instanceof Error ? error.cause.message : null;
    return { kind: "xml", part: error.part, message: error.message, cause };
  }
  if (error instanceof SheetShapeError) return { kind: "shape", message: error.message };
  if (error instanceof SheetExtentError)
    return { kind: "extent", range: error.range, maxCells: error.maxCells, source: error.source };
  if (error instanceof Error)
    return { kind: "other", message: error.message, stack: error.stack ?? null };
  return { kind: "other", message: String(error), stack: null };
}

export function sheetPartError(data: SheetPartErrorData): Error {
  switch (data.kind) {
    case "xml":
      return new XmlPartError(
        data.part,
        data.message,
        data.cause === null ? undefined : { cause: new Error(data.cause) }
      );
    case "shape":
      return new SheetShapeError(data.message);
    case "extent":
      return new SheetExtentError(data.range, data.maxCells, data.source);
    case "other": {
      const error = new Error(`A sheet reader thread failed: ${data.message}`);
      if (data.stack !== null) error.stack = `${error.stack ?? ""}\nIn the thread: ${data.stack}`;
      return error;
    }
  }
}
