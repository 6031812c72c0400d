/** The file mode's reader names the chosen file when it refuses it, as the command line does. */
import { xlsxFileApi } from "../../src/taskpane/ports/xlsx-file-api";

describe("the file mode's .xlsx reader", () => {
  it("refuses a file that is not a zip package with a sentence naming it", async () => {
    const text = new TextEncoder().encode("Customer ID,Amount\nC1,100\n");
    await expect(xlsxFileApi.open(text.buffer, "ledger.xlsx")).rejects.toMatchObject({
      code: "NOT_XLSX",
      message: "ledger.xlsx is not an .xlsx file (it is not a zip package).",
    });
  });
});
