/**
 * A sheet reader thread that answers each part with the size of the buffer it received, so that
 * a test can see whether a part crossed alone or with the whole file around it.
 */
import { parentPort } from "node:worker_threads";
import type {
  SheetPartRequest,
  SheetPartResponse,
} from "../../../src/file/sheet-parts/sheet-part-messages";

const port = parentPort;
if (port === null) throw new Error("part-size-worker runs only as a worker thread");

port.on("message", (request: SheetPartRequest) => {
  const message = `received ${request.bytes.buffer.byteLength} bytes`;
  const response: SheetPartResponse = {
    index: request.index,
    error: { kind: "other", message, stack: null },
  };
  port.postMessage(response);
});
