/**
 * The files of one run are distinct and safe whatever path leads to them: a symbolic link, a
 * hard link or a linked folder to the input is refused (exit 2, one sentence, the input
 * unchanged), as are --json = --out, --policy = the input, a device, a folder and a pipe; a
 * failed write leaves the previous file as it was; a replaced file keeps its mode.
 */
import { execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { POLICY_FILE_LIMIT_BYTES } from "../../src/cli/read-inputs";
import {
  inspectPath,
  NODE_ATOMIC_FS,
  readSmallTextFile,
  type AtomicWriteFs,
} from "../../src/file/index-node";
import { runCli, SAMPLE_AS_OF, sha256, tempDir } from "./cli-harness";
import type { CliRun } from "./cli-harness";

const dir = tempDir("paths");
const book = join(dir, "book.xlsx");
let bookHash = "";

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows([
    ["Customer ID", "Customer name"],
    ["K1", "Kite Trading"],
  ]);
  workbook.addWorksheet("Receivables").addRows([
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
    ["K1", "INV-1", "2026-04-21", "2026-05-21", 1000],
  ]);
  await workbook.xlsx.writeFile(book);
  bookHash = sha256(book);
});

/** A refusal: the exit code, one sentence on stderr, nothing on stdout, the input unchanged. */
function refused(run: CliRun, code: 1 | 2): string {
  expect(run.stdout).toBe("");
  expect(run.code).toBe(code);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(sha256(book)).toBe(bookHash);
  return lines[0];
}

const review = (...options: string[]) =>
  runCli(["review", book, "--as-of", SAMPLE_AS_OF, "--quiet", ...options]);

const JSON_ON_INPUT =
  "--json must name a new file: the workbook under review is never overwritten.";
const OUT_ON_INPUT = "--out must name a new file: the workbook under review is never overwritten.";

describe("a path that leads to the input is refused (exit 2)", () => {
  test("--json through a symbolic link to the input", async () => {
    const link = join(dir, "link.json");
    symlinkSync(book, link);
    expect(refused(await review("--json", link), 2)).toBe(JSON_ON_INPUT);
  });

  test("--json as a hard link to the input", async () => {
    const hard = join(dir, "hard.json");
    linkSync(book, hard);
    expect(refused(await review("--json", hard), 2)).toBe(JSON_ON_INPUT);
  });

  test("--json through a symbolically linked folder", async () => {
    const linkedFolder = join(dir, "linked-folder");
    symlinkSync(dir, linkedFolder);
    expect(refused(await review("--json", join(linkedFolder, "book.xlsx")), 2)).toBe(JSON_ON_INPUT);
  });

  test("--out as a hard link to the input, in another folder", async () => {
    const other = join(dir, "elsewhere");
    mkdirSync(other);
    const hard = join(other, "copy.xlsx");
    linkSync(book, hard);
    expect(refused(await review("--out", hard), 2)).toBe(OUT_ON_INPUT);
  });

  test("--policy naming the input", async () => {
    expect(refused(await review("--policy", `${dir}/./book.xlsx`), 2)).toBe(
      `--policy and the workbook under review lead to the same file (${dir}/./book.xlsx): a review reads and writes separate files.`
    );
  });
});

describe("two options naming one file are refused (exit 2)", () => {
  test("--json equal to --out, spelled differently", async () => {
    const out = join(dir, "same.xlsx");
    const run = await review("--out", out, "--json", join(dir, "sub", "..", "same.xlsx"));
    expect(refused(run, 2)).toBe(
      `--json and --out lead to the same file (${join(dir, "sub", "..", "same.xlsx")}): a review reads and writes separate files.`
    );
    expect(existsSync(out)).toBe(false);
  });

  test("--out naming the --policy file, in zh-TW", async () => {
    const policy = join(dir, "policy.json");
    writeFileSync(policy, "{}");
    const run = await review("--policy", policy, "--out", policy, "--lang", "zh-TW");
    expect(refused(run, 2)).toBe(
      `--out 與 --policy 指向同一個檔案（${policy}）：評審讀取和寫入的必須是不同的檔案。`
    );
    expect(readFileSync(policy, "utf8")).toBe("{}");
  });
});

describe("devices, folders and pipes are refused before they are opened (exit 2)", () => {
  test("--out /dev/null: the device node stays", async () => {
    expect(refused(await review("--out", "/dev/null"), 2)).toBe(
      "--out /dev/null is a device, not a regular file: name a file."
    );
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  test("--out naming a folder", async () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    expect(refused(await review("--out", folder), 2)).toBe(
      `--out ${folder} is a folder, not a regular file: name a file.`
    );
  });

  test("--json naming a pipe", async () => {
    const fifo = join(dir, "json-pipe");
    execFileSync("mkfifo", [fifo]);
    expect(refused(await review("--json", fifo), 2)).toBe(
      `--json ${fifo} is a named pipe, not a regular file: name a file.`
    );
  });

  test("--policy naming a pipe with no writer: refused at once, in zh-CN", async () => {
    const fifo = join(dir, "policy-pipe");
    execFileSync("mkfifo", [fifo]);
    expect(refused(await review("--policy", fifo, "--lang", "zh-CN"), 2)).toBe(
      `--policy ${fifo} 是命名管道，不是普通文件：请指定一个文件。`
    );
  });

  test("the policy reader itself refuses a pipe without waiting for a writer", async () => {
    const fifo = join(dir, "reader-pipe");
    execFileSync("mkfifo", [fifo]);
    await expect(readSmallTextFile(fifo, 1024)).rejects.toMatchObject({ kind: "pipe" });
  });
});

describe("the workbook named as something that is not a file: said for what it is, exit 2, no wait", () => {
  const reviewOf = (input: string, ...options: string[]) =>
    runCli(["review", input, "--as-of", SAMPLE_AS_OF, "--quiet", ...options]);

  test("a named pipe with no writer", async () => {
    const fifo = join(dir, "input-pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(refused(await reviewOf(fifo), 2)).toBe(
      `${fifo} is a named pipe, not an .xlsx file: give the path of a workbook file.`
    );
  });

  test("a folder, and a device (/dev/null), in English and zh-TW", async () => {
    const folder = join(dir, "input-folder");
    mkdirSync(folder);
    expect(refused(await reviewOf(folder), 2)).toBe(
      `${folder} is a folder, not an .xlsx file: give the path of a workbook file.`
    );
    expect(refused(await reviewOf("/dev/null", "--lang", "zh-TW"), 2)).toBe(
      "/dev/null 是裝置，不是 .xlsx 檔案：請指定一個活頁簿檔案的路徑。"
    );
  });

  test("the standard input (/dev/stdin, /dev/fd/0, -): not supported, give a file path", async () => {
    for (const input of ["/dev/stdin", "/dev/fd/0", "-"])
      expect(refused(await reviewOf(input), 2)).toBe(
        `${input} is the standard input, which cannot be reviewed: give the path of an .xlsx file.`
      );
    expect(refused(await reviewOf("/dev/stdin", "--lang", "zh-CN"), 2)).toBe(
      "/dev/stdin 是标准输入，无法评审：请指定一个 .xlsx 文件的路径。"
    );
  });

  test("a path with no real path (another process's standard input, a socket:[…] link) is inspected, not an error", async () => {
    const child = spawn("sleep", ["30"], { stdio: ["pipe", "ignore", "ignore"] });
    try {
      const path = `/proc/${child.pid}/fd/0`;
      // Node gives a child's standard input as one end of a socket pair.
      expect(await inspectPath(path)).toMatchObject({ kind: "socket", realPath: path });
    } finally {
      child.kill();
    }
  });
});

test("a policy file over the limit is refused before it is parsed (exit 1)", async () => {
  const big = join(dir, "big-policy.json");
  writeFileSync(big, " ".repeat(POLICY_FILE_LIMIT_BYTES + 1));
  expect(refused(await review("--policy", big), 1)).toBe(
    `The policy file ${big} is 1025 KB; policy files larger than 1024 KB are refused.`
  );
});

describe("writing", () => {
  /** Writes of the JSON (the only text file) fail with a full disk; the workbook is written normally. */
  const jsonDiskFull: AtomicWriteFs = {
    ...NODE_ATOMIC_FS,
    open: async (path, flags, mode) => {
      const real = await NODE_ATOMIC_FS.open(path, flags, mode);
      if (!path.includes("result.json")) return real;
      return {
        write: () =>
          Promise.reject(
            Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })
          ),
        sync: () => real.sync(),
        chmod: (m) => real.chmod(m),
        chown: (uid, gid) => real.chown(uid, gid),
        close: () => real.close(),
      };
    },
  };

  test("a full disk while writing --json: exit 1, the previous JSON intact, no temporary file", async () => {
    const folder = join(dir, "full");
    mkdirSync(folder);
    const json = join(folder, "result.json");
    writeFileSync(json, '{"previous":true}\n');
    const run = await runCli(
      [
        "review",
        book,
        "--as-of",
        SAMPLE_AS_OF,
        "--quiet",
        "--out",
        join(folder, "out.xlsx"),
        "--json",
        json,
      ],
      jsonDiskFull
    );
    expect(refused(run, 1)).toBe(`Cannot write ${json}: ENOSPC: no space left on device, write`);
    expect(readFileSync(json, "utf8")).toBe('{"previous":true}\n');
    expect(readdirSync(folder).sort()).toEqual(["out.xlsx", "result.json"]);
  });

  test("an existing --out and --json keep their mode (0600) when replaced", async () => {
    const folder = join(dir, "modes");
    mkdirSync(folder);
    const out = join(folder, "out.xlsx");
    const json = join(folder, "out.json");
    writeFileSync(out, "old");
    writeFileSync(json, "old");
    chmodSync(out, 0o600);
    chmodSync(json, 0o600);
    const run = await review("--out", out, "--json", json);
    expect(run.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(statSync(json).mode & 0o777).toBe(0o600);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(JSON.parse(readFileSync(json, "utf8"))).toHaveProperty("asOf", SAMPLE_AS_OF);
  });
});
