/** The progress line: only for a watcher or a large file, rewritten in place on a terminal, silenced by --quiet. */
import { cliTranslator as cliWords } from "../../src/i18n/cli-messages";
import { createProgress, LARGE_FILE_BYTES, shouldShowProgress } from "../../src/cli/progress";

const words = cliWords("en-US");

function recorder(isTty: boolean, fileBytes: number | null, quiet = false) {
  const written: string[] = [];
  let clock = 0;
  const progress = createProgress({
    quiet,
    isTty,
    fileBytes,
    write: (text) => written.push(text),
    words,
    now: () => clock,
  });
  return { progress, written, advance: (ms: number) => (clock += ms) };
}

test.each([
  [false, false, 1_000, false], // a small file in a script: silent
  [false, true, 1_000, true], // someone is watching
  [false, false, LARGE_FILE_BYTES, true], // a large file in a log
  [true, true, LARGE_FILE_BYTES, false], // --quiet wins
])("quiet %s, tty %s, %i bytes → shown %s", (quiet, isTty, fileBytes, shown) => {
  expect(shouldShowProgress({ quiet, isTty, fileBytes })).toBe(shown);
});

test("on a terminal each step rewrites the line, and the end is a newline after the elapsed time", () => {
  const { progress, written, advance } = recorder(true, 10);
  progress.step("progress.reading", { file: "a.xlsx" });
  progress.step("progress.reviewing", {
    asOf: "2026-06-30",
    customers: "200",
    receivables: "4,996",
    orders: "2,592",
  });
  advance(2_345);
  progress.done();
  expect(written).toEqual([
    "\r\x1b[KReading a.xlsx …",
    "\r\x1b[KReviewing as of 2026-06-30. Customers: 200, receivables: 4,996, orders: 2,592",
    "\r\x1b[KDone in 2.3 s.",
    "\n",
  ]);
});

test("in a log each step is its own line", () => {
  const { progress, written } = recorder(false, LARGE_FILE_BYTES);
  progress.step("progress.writing", { file: "out.xlsx" });
  progress.stop();
  expect(written).toEqual(["Writing out.xlsx …\n"]);
});
