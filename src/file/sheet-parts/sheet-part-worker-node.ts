/**
 * A worker thread that parses worksheet parts for `worker-sheet-part-parser-node.ts`: the
 * workbook's setup comes with the thread, each part as a message; each answer carries the
 * sheet's cells (its typed arrays handed over, not copied) or the error, as data, or, when the
 * cells would cost far more to copy than the part, a request that the reader parse it itself.
 */
import { parentPort, workerData, type TransferListItem } from "node:worker_threads";
import { parseSheetPart, type SheetPartSetup } from "./sheet-part-parser";
import { cellsCrossCheaply } from "./sheet-part-crossing";
import { sheetPartErrorData } from "./sheet-part-errors";
import type { SheetPartRequest, SheetPartResponse } from "./sheet-part-messages";

const port = parentPort;
if (port === null) throw new Error("sheet-part-worker-node runs only as a worker thread");
const setup = workerData as SheetPartSetup;

port.on("message", (request: SheetPartRequest) => {
  let response: SheetPartResponse;
  let handedOver: TransferListItem[] = [];
  try {
    const { builder, tableRelationshipIds } = parseSheetPart(request.path, request.bytes, setup);
    const snapshot = builder.snapshot();
    if (!cellsCrossCheaply(snapshot.cells, request.bytes.length)) {
      response = { index: request.index, parseInReader: true };
    } else {
      response = { index: request.index, snapshot, tableRelationshipIds };
      handedOver = [snapshot.rows.buffer, snapshot.columns.buffer, snapshot.formatIndexes.buffer];
    }
  } catch (error) {
    response = { index: request.index, error: sheetPartErrorData(error) };
  }
  port.postMessage(response, handedOver);
});
