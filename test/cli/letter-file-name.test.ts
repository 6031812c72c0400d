/** Letter file names made from customer ids, valid on every system the command runs on. */
import { letterFileNames } from "../../src/cli/letter-file-name";

describe("letterFileNames", () => {
  test("refused characters become '_', trailing dots and spaces go", () => {
    expect(letterFileNames(['A/B\\C:D*E?F"G<H>I|J', "K1. ", "x\u0007y"])).toEqual([
      "A_B_C_D_E_F_G_H_I_J.docx",
      "K1.docx",
      "x_y.docx",
    ]);
  });

  test("device names of Windows are never the name: CON, nul.txt, COM1", () => {
    expect(letterFileNames(["CON", "nul.txt", "COM1"])).toEqual([
      "_CON.docx",
      "_nul.txt.docx",
      "_COM1.docx",
    ]);
  });

  test("ids that end up alike, or differ only in case, get -2, -3", () => {
    expect(letterFileNames(["A/1", "A:1", "a_1", ""])).toEqual([
      "A_1.docx",
      "A_1-2.docx",
      "a_1-3.docx",
      "customer.docx",
    ]);
  });

  test("a long id is cut to 60 characters before the extension", () => {
    expect(letterFileNames(["客".repeat(200)])[0]).toBe(`${"客".repeat(60)}.docx`);
  });
});
