/**
 * Nothing a workbook holds reaches the terminal as a control: ESC, BEL, CR and bidirectional
 * overrides are shown as their \uXXXX escapes in every printed line (summary, problems, errors), and the JSON a
 * command prints escapes them, so it parses to the same value.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { escapedJsonText, printableLine, printableLines } from "../../src/cli/terminal-text";
import { buildZip, packageEntries, SPREADSHEET_NAMESPACE } from "../file/support/zip-builder";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const ESC = "\u001b";
const BEL = "\u0007";
const RLO = "\u202e";

/** Any control character or bidirectional control the terminal would act on. */
function hasTerminalControl(text: string, keepNewlines: boolean): boolean {
  return [...text].some((character) => {
    const code = character.codePointAt(0) ?? 0;
    if (keepNewlines && code === 0x0a) return false;
    return (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x061c ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    );
  });
}

describe("printableLine", () => {
  test.each([
    [`Kite${ESC}[2J Trading${BEL}`, "Kite\\u001B[2J Trading\\u0007"],
    [`line one\nline two\r\tend`, "line one line two  end"],
    [`${RLO}gpj.exe`, "\\u202Egpj.exe"],
    ["\u0085next\u009b31m", " next\\u009B31m"], // C1: next line, control sequence introducer
    ["应收账款，第 63 行", "应收账款，第 63 行"],
  ])("%j → %j", (input, expected) => {
    expect(printableLine(input)).toBe(expected);
  });

  test("a printable text passes unchanged, any text comes out without a control", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const line = printableLine(text);
        expect(hasTerminalControl(line, false)).toBe(false);
        if (!hasTerminalControl(text, false)) expect(line).toBe(text);
      })
    );
  });

  test("lines keep only the command's own line breaks", () => {
    expect(printableLines([`a${ESC}b`, "c\nd"])).toBe("a\\u001Bb\nc d");
  });
});

test("escaped JSON is the same value, with no control left in its text", () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
      const json = JSON.stringify({ value, text }, null, 2);
      const escaped = escapedJsonText(json);
      expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
      expect(hasTerminalControl(escaped, true)).toBe(false);
    })
  );
});

describe("a workbook whose cells carry terminal controls", () => {
  const dir = tempDir("controls");
  const book = join(dir, "controls.xlsx");
  /** Excel's own escape for characters XML cannot hold: _x001B_ is ESC, _x0007_ is BEL. */
  const cell = (ref: string, text: string) =>
    `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const row = (n: number, cells: string[]) =>
    `<row r="${n}">${cells.map((text, i) => cell(`${"ABCDE"[i]}${n}`, text)).join("")}</row>`;
  const sheet = (rows: string[][]) =>
    `<worksheet xmlns="${SPREADSHEET_NAMESPACE}"><sheetData>${rows.map((cells, i) => row(i + 1, cells)).join("")}</sheetData></worksheet>`;

  beforeAll(() => {
    const customers = sheet([
      ["Customer ID", "Customer name"],
      ["K1", "Kite_x001B_[2J Trading_x0007_"],
    ]);
    const receivables = sheet([
      ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
      ["K1", "INV-1", "2026-04-21", "2026-05-21", "12_x001B_]0;owned_x0007_"],
      [`K_x001B_[31m9${RLO}`, "INV-2", "2026-04-21", "2026-05-21", "500"],
    ]);
    writeFileSync(
      book,
      buildZip(
        packageEntries({
          sheets: [
            { name: "Customers", xml: customers },
            { name: "Receivables", xml: receivables },
          ],
        })
      )
    );
  });

  test("the summary and its problems reach the terminal without them", async () => {
    const run = await runCli([
      "review",
      book,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      join(dir, "out.xlsx"),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Problems found");
    // The unreadable amount is quoted with its controls escaped, not acted on.
    expect(run.stdout).toContain("12\\u001B]0;owned\\u0007");
    expect(hasTerminalControl(run.stdout, true)).toBe(false);
    expect(hasTerminalControl(run.stderr, true)).toBe(false);
  });

  test("an error sentence naming a file reaches the terminal without them", async () => {
    const missing = join(dir, `gone${ESC}[2J${BEL}.xlsx`);
    const run = await runCli(["review", missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`File not found: ${join(dir, "gone\\u001B[2J\\u0007.xlsx")}\n`);
  });
});
