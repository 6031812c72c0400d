/**
 * The writer behind every file the command writes: the destination is either left as it was or
 * replaced whole, a replaced file keeps its mode and owner, nothing is left behind on failure,
 * and a folder, device, pipe or broken link is refused before it is opened.
 */
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { temporaryPathFor } from "../../src/file/atomic-write-node";
import {
  NODE_ATOMIC_FS,
  NotARegularFileError,
  writeFileAtomic,
  type AtomicWriteFs,
  type WritableFile,
} from "../../src/file/index-node";
import { tempDir } from "./cli-harness";

const dir = tempDir("atomic");
const text = (value: string) => new TextEncoder().encode(value);
const isRoot = process.getuid?.() === 0;

/** A file system whose writes stop after `allowed` bytes with "no space left on device". */
function diskFullAfter(allowed: number): AtomicWriteFs {
  let written = 0;
  return {
    ...NODE_ATOMIC_FS,
    open: async (path, flags, mode) => {
      const real = await NODE_ATOMIC_FS.open(path, flags, mode);
      const file: WritableFile = {
        write: async (buffer, offset, length, position) => {
          const room = Math.max(0, allowed - written);
          if (room === 0)
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
              code: "ENOSPC",
            });
          const result = await real.write(buffer, offset, Math.min(length, room), position);
          written += result.bytesWritten;
          return result;
        },
        sync: () => real.sync(),
        chmod: (m) => real.chmod(m),
        chown: (uid, gid) => real.chown(uid, gid),
        close: () => real.close(),
      };
      return file;
    },
  };
}

function failing(call: "rename" | "sync"): AtomicWriteFs {
  const error = () =>
    Object.assign(new Error(`EIO: i/o error, ${call}`), { code: "EIO" }) as NodeJS.ErrnoException;
  if (call === "rename") return { ...NODE_ATOMIC_FS, rename: () => Promise.reject(error()) };
  return {
    ...NODE_ATOMIC_FS,
    open: async (path, flags, mode) => {
      const real = await NODE_ATOMIC_FS.open(path, flags, mode);
      return {
        write: (b, o, l, p) => real.write(b, o, l, p),
        sync: () => Promise.reject(error()),
        chmod: (m) => real.chmod(m),
        chown: (uid, gid) => real.chown(uid, gid),
        close: () => real.close(),
      };
    },
  };
}

function folderWith(name: string, content: string): { folder: string; path: string } {
  const folder = join(dir, name);
  mkdirSync(folder);
  const path = join(folder, "result.json");
  writeFileSync(path, content);
  return { folder, path };
}

test("the temporary file sits in the destination's folder under a name no one can guess", () => {
  const names = new Set(
    Array.from({ length: 100 }, () => temporaryPathFor("/data/out/result.json"))
  );
  expect(names.size).toBe(100);
  for (const name of names)
    expect(name).toMatch(/^\/data\/out\/\.result\.json\.[0-9a-f]{16}\.tmp$/);
});

test("a new file gets the bytes, and the folder holds nothing else", async () => {
  const folder = join(dir, "new");
  mkdirSync(folder);
  await writeFileAtomic(join(folder, "a.json"), text('{"a":1}\n'));
  expect(readFileSync(join(folder, "a.json"), "utf8")).toBe('{"a":1}\n');
  expect(readdirSync(folder)).toEqual(["a.json"]);
});

test("a replaced file keeps its mode (0640 stays 0640, not the default 0644)", async () => {
  const { path } = folderWith("mode", "old");
  chmodSync(path, 0o640);
  await writeFileAtomic(path, text("new"));
  expect(readFileSync(path, "utf8")).toBe("new");
  expect(statSync(path).mode & 0o7777).toBe(0o640);
});

test("a replaced file keeps its owner (as root: uid 4321, gid 4322; otherwise the user's own)", async () => {
  const { path } = folderWith("owner", "old");
  // Only root may give a file away; an ordinary user checks that the owner stays theirs.
  const owner = isRoot
    ? { uid: 4321, gid: 4322 }
    : { uid: statSync(path).uid, gid: statSync(path).gid };
  if (isRoot) chownSync(path, owner.uid, owner.gid);
  await writeFileAtomic(path, text("new"));
  expect(statSync(path)).toMatchObject(owner);
});

test("a full disk half-way: the existing file is unchanged and no temporary file is left", async () => {
  const { folder, path } = folderWith("full", "the previous result");
  const bytes = text("x".repeat(64 * 1024));
  await expect(writeFileAtomic(path, bytes, diskFullAfter(10_000))).rejects.toMatchObject({
    code: "ENOSPC",
  });
  expect(readFileSync(path, "utf8")).toBe("the previous result");
  expect(readdirSync(folder)).toEqual(["result.json"]);
});

test.each(["rename", "sync"] as const)(
  "a failing %s: the existing file is unchanged and no temporary file is left",
  async (call) => {
    const { folder, path } = folderWith(`fail-${call}`, "kept");
    await expect(writeFileAtomic(path, text("lost"), failing(call))).rejects.toMatchObject({
      code: "EIO",
    });
    expect(readFileSync(path, "utf8")).toBe("kept");
    expect(readdirSync(folder)).toEqual(["result.json"]);
  }
);

test("through a symbolic link the linked file is replaced and the link stays a link", async () => {
  const { folder, path } = folderWith("link", "old");
  const link = join(folder, "link.json");
  symlinkSync(path, link);
  await writeFileAtomic(link, text("new"));
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readFileSync(path, "utf8")).toBe("new");
});

describe("what is not a regular file is refused before it is opened", () => {
  test("/dev/null stays a device", async () => {
    await expect(writeFileAtomic("/dev/null", text("x"))).rejects.toMatchObject({
      kind: "device",
    });
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  test("a folder", async () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    await expect(writeFileAtomic(folder, text("x"))).rejects.toBeInstanceOf(NotARegularFileError);
    expect(statSync(folder).isDirectory()).toBe(true);
  });

  test("a pipe (FIFO): refused at once, nothing waits for a reader", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    await expect(writeFileAtomic(fifo, text("x"))).rejects.toMatchObject({ kind: "pipe" });
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  test("a link to a missing file", async () => {
    const link = join(dir, "dangling.json");
    symlinkSync(join(dir, "nowhere.json"), link);
    await expect(writeFileAtomic(link, text("x"))).rejects.toMatchObject({ kind: "brokenLink" });
  });
});
