/** What the reader thread and the threads parsing sheet parts say to each other. */
import type { SheetBuilderSnapshot } from "../sheet-builder";
import type { SheetPartErrorData } from "./sheet-part-errors";

/** To a worker: parse the job at `index` of the workbook's list. */
export interface SheetPartRequest {
  index: number;
  path: string;
  bytes: Uint8Array;
}

/**
 * From a worker: the job's cells, the error its parse threw, or that its cells would cost too
 * much to copy (`sheet-part-crossing.ts`), so the reader thread parses the part itself.
 */
export type SheetPartResponse =
  | { index: number; snapshot: SheetBuilderSnapshot; tableRelationshipIds: string[] }
  | { index: number; error: SheetPartErrorData }
  | { index: number; parseInReader: true };
