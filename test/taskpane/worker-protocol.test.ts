/** Errors cross from the file-mode worker as plain data and are rebuilt with what the pane words. */
import { deserialize, serialize } from "v8";
import { XlsxFileError } from "../../src/file/xlsx-file-error";
import { describeFailure } from "../../src/taskpane/flow/describe-failure";
import { abortError, isAbortError } from "../../src/workbook/cancelled";
import type { WorkerReply } from "../../src/taskpane/worker/review-worker-protocol";
import { fromWireError, toWireError } from "../../src/taskpane/worker/review-worker-protocol";

/** Through the worker boundary: to plain data, cloned as a browser clones it, and back. */
const across = (error: unknown) => fromWireError(deserialize(serialize(toWireError(error))));

describe("errors across the worker boundary", () => {
  it("keeps a file error's code and sentence", () => {
    const sentence = "book.xlsx is 300 MB, larger than the 200 MB limit for a workbook.";
    expect(describeFailure(across(new XlsxFileError("TOO_LARGE", sentence)))).toEqual({
      code: "TOO_LARGE",
      detail: sentence,
    });
  });

  it("a refused policy crosses as data, with its reasons one per wrong value", () => {
    const reply: WorkerReply = {
      kind: "prepared",
      id: 3,
      outcome: {
        kind: "refused",
        failure: { code: "POLICY_REFUSED", detail: "weights sum to 95, not 100; bucket 31 < 30" },
      },
    };
    expect(deserialize(serialize(reply))).toEqual(reply);
  });

  it("keeps a cancel a cancel, and words anything else as unknown with its text", () => {
    expect(isAbortError(across(abortError()))).toBe(true);
    expect(describeFailure(across(new RangeError("Invalid array length")))).toEqual({
      code: "UNKNOWN",
      detail: "Invalid array length",
    });
    expect(describeFailure(across("a thrown string"))).toEqual({
      code: "UNKNOWN",
      detail: "a thrown string",
    });
  });
});
