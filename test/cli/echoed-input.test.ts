/**
 * What the command says back about the user's own input: a header with a control in it is quoted
 * with the control escaped (so it does not look like the header it failed to match), a very long
 * one is cut to 80 characters, a number JSON cannot hold is called what it is, and a mapping file
 * saved as UTF-16 is read by its byte-order mark (or refused as not UTF-8 text).
 *
 * The ledger holds Kite's one invoice: Net 1,000.00, Gross 1,190.00; no header says "amount", so
 * the amount is read only when the mapping names "Gross", and the open amount shows it was.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { echoedText } from "../../src/cli/echoed-text";
import { decodeTextBytes, NotUtf8TextError } from "../../src/file/decode-text";
import { inlineSheet as sheet } from "../file/support/inline-sheet";
import { buildZip, packageEntries } from "../file/support/zip-builder";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const dir = tempDir("echoed");

const book = join(dir, "ledger.xlsx");
writeFileSync(
  book,
  buildZip(
    packageEntries({
      sheets: [
        {
          name: "Customers",
          xml: sheet([
            ["Customer ID", "Customer name", "Payment record"],
            ["K1", "Kite", 10],
          ]),
        },
        {
          name: "Receivables",
          xml: sheet([
            ["Customer ID", "Invoice No.", "Invoice Date", "Due Date", "Net", "Gross"],
            ["K1", "I1", "2026-06-01", "2026-06-20", 1000, 1190],
          ]),
        },
      ],
    })
  )
);

let runs = 0;
async function review(options: string[]) {
  runs += 1;
  const json = join(dir, `result-${runs}.json`);
  const run = await runCli([
    "review",
    book,
    "--as-of",
    SAMPLE_AS_OF,
    "--out",
    join(dir, `out-${runs}.xlsx`),
    "--json",
    json,
    "--quiet",
    ...options,
  ]);
  const open =
    run.code === 0
      ? (JSON.parse(readFileSync(json, "utf8")) as { customers: { openAmount: number }[] })
          .customers[0].openAmount
      : null;
  return { ...run, open };
}

function writeBytes(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const GROSS_MAPPING = '{"receivables": {"amount": "Gross"}}';
const utf16le = (text: string) => Buffer.from(text, "utf16le");
const utf16be = (text: string) => utf16le(text).swap16();

describe("headers quoted back", () => {
  test("a header with a right-to-left override is shown with the override escaped", async () => {
    const run = await review(["--map", "name=Customer\u202e name"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no column headed "Customer\\u202E name"');
  });

  test("a 100 KB header is quoted by its first 80 characters and an ellipsis", async () => {
    const header = "G".repeat(100 * 1024);
    const run = await review(["--map", `receivables.amount=${header}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`no column headed "${"G".repeat(80)}…"`);
    expect(run.stderr.length).toBeLessThan(400);
  });

  test("echoedText keeps short text and cuts long text to an 80-character prefix (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "grapheme" }), (text) => {
        const shown = echoedText(text);
        const characters = [...text];
        if (characters.length <= 80) expect(shown).toBe(text);
        else expect(shown).toBe(`${characters.slice(0, 80).join("")}…`);
      })
    );
  });
});

describe("the mapping file", () => {
  test("1e400 is said not to be a column number, not called null", async () => {
    const path = writeBytes("huge.json", Buffer.from('{"receivables": {"amount": 1e400}}'));
    const run = await review(["--mapping", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `The mapping file ${path} gives "receivables.amount" a number that is not a column number`
    );
    expect(run.stderr).not.toContain("null");
  });

  test.each([
    ["UTF-16LE", utf16le(`\ufeff${GROSS_MAPPING}`)],
    ["UTF-16BE", utf16be(`\ufeff${GROSS_MAPPING}`)],
    ["UTF-8 with its mark", Buffer.from(`\ufeff${GROSS_MAPPING}`, "utf8")],
  ])("saved as %s, it is read: Gross, 1,190.00", async (name, bytes) => {
    const run = await review(["--mapping", writeBytes(`${name}.json`, bytes)]);
    expect(run.stderr).toBe("");
    expect(run.open).toBe(1190);
  });

  test("UTF-16 without its mark is refused as not UTF-8 text, exit 2", async () => {
    const path = writeBytes("no-mark.json", utf16le(GROSS_MAPPING));
    const run = await review(["--mapping", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${path} is not UTF-8 text (nor UTF-16 with a byte-order mark): save it as UTF-8 and run again.\n`
    );
  });
});

describe("decodeTextBytes", () => {
  test("Latin-1 bytes (é as 0xE9) are not UTF-8 text", () => {
    expect(() => decodeTextBytes(Uint8Array.from([0x7b, 0xe9, 0x7d]))).toThrow(NotUtf8TextError);
  });

  test("any text reads back the same from UTF-8, UTF-16LE and UTF-16BE with a mark (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        fc.pre(!text.includes("\u0000") && !text.startsWith("\ufeff"));
        expect(decodeTextBytes(Buffer.from(text, "utf8"))).toBe(text);
        expect(decodeTextBytes(utf16le(`\ufeff${text}`))).toBe(text);
        expect(decodeTextBytes(utf16be(`\ufeff${text}`))).toBe(text);
      })
    );
  });
});
