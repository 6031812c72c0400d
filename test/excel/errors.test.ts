import {
  CELL_EDIT_MODE_MESSAGE,
  ExcelAdapterError,
  REQUEST_TOO_LARGE_MESSAGE,
  cancelledError,
  isPayloadTooLarge,
  throwIfCancelled,
  translateOfficeError,
} from "../../src/excel/errors";
import { excelRunOptions, runInExcel } from "../../src/excel/run";

/** The shape Office.js errors have: an Error with a string `code`. */
function officeError(code: string, message = "from Excel"): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

describe("Office errors", () => {
  it("asks to finish the cell edit, and says a retry is safe", () => {
    const error = translateOfficeError(officeError("InvalidOperationInCellEditMode"));
    expect(error).toMatchObject({
      code: "CELL_EDIT_MODE",
      message: CELL_EDIT_MODE_MESSAGE,
      retryable: true,
    });
    expect(CELL_EDIT_MODE_MESSAGE).toBe("Finish editing the cell, then run the review again.");
  });

  it.each([
    ["InvalidOperationInCellEditMode", "CELL_EDIT_MODE", true, null],
    ["ItemNotFound", "SHEET_MISSING", true, "Orders"],
    ["RequestPayloadSizeLimitExceeded", "REQUEST_TOO_LARGE", false, "Orders"],
    ["ResponsePayloadSizeLimitExceeded", "REQUEST_TOO_LARGE", false, "Orders"],
    ["AccessDenied", "SHEET_PROTECTED", false, "Orders"],
    ["UndoNotSupported", "UNDO_NOT_SUPPORTED", false, "Orders"],
    ["RequestAborted", "CANCELLED", true, null],
    ["GeneralException", "EXCEL_FAILED", false, null],
  ])(
    "reads Office's %s as %s (retry safe: %s, about sheet %s)",
    (office, code, retryable, sheet) => {
      const error = translateOfficeError(officeError(office), { sheet: "Orders" });
      expect(error).toMatchObject({ code, retryable, sheet });
    }
  );

  it("names the sheet that went missing", () => {
    const error = translateOfficeError(officeError("ItemNotFound"), { sheet: "Receivables" });
    expect(error).toMatchObject({ code: "SHEET_MISSING", sheet: "Receivables", retryable: true });
    expect(error.message).toContain('"Receivables" was renamed or deleted');
  });

  it("tells payload limits apart and reports them clearly", () => {
    expect(isPayloadTooLarge(officeError("RequestPayloadSizeLimitExceeded"))).toBe(true);
    expect(isPayloadTooLarge(officeError("ResponsePayloadSizeLimitExceeded"))).toBe(true);
    expect(isPayloadTooLarge(officeError("ItemNotFound"))).toBe(false);
    expect(translateOfficeError(officeError("ResponsePayloadSizeLimitExceeded")).message).toBe(
      REQUEST_TOO_LARGE_MESSAGE
    );
  });

  it("reports a protected sheet and anything else with Excel's own words, never silently", () => {
    expect(translateOfficeError(officeError("AccessDenied")).code).toBe("SHEET_PROTECTED");
    const other = translateOfficeError(officeError("GeneralException", "Something odd"));
    expect(other.code).toBe("EXCEL_FAILED");
    expect(other.message).toBe(
      "Excel could not complete the request (GeneralException): Something odd"
    );
    expect(translateOfficeError("plain text").message).toContain("(unknown): plain text");
  });

  it("keeps an adapter error as it is and links the Office error as the cause", () => {
    const original = officeError("ItemNotFound");
    const translated = translateOfficeError(original);
    expect(translated.cause).toBe(original);
    expect(translateOfficeError(translated)).toBe(translated);
  });

  it("cancels with the name the pane's abort path looks for", () => {
    const controller = new AbortController();
    expect(() => throwIfCancelled(controller.signal)).not.toThrow();
    controller.abort();
    expect(() => throwIfCancelled(controller.signal)).toThrow(ExcelAdapterError);
    expect(cancelledError().name).toBe("AbortError");
  });
});

describe("running a batch", () => {
  it("merges a review's writes into one undo step only where the host supports it", () => {
    expect(
      excelRunOptions({ oneUndoStep: true, supports: (version) => version === "1.20" })
    ).toEqual({ mergeUndoGroup: true });
    expect(excelRunOptions({ oneUndoStep: true, supports: () => false })).toEqual({});
    expect(excelRunOptions({ supports: () => true })).toEqual({});
  });

  it("says Excel is not there outside Office", async () => {
    await expect(runInExcel(async () => 1)).rejects.toMatchObject({ code: "NOT_IN_EXCEL" });
  });
});
