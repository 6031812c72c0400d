/**
 * `npm ci` refuses a lock file whose root entry disagrees with package.json: this keeps the two
 * in step, so a clean clone installs exactly what the tests ran with.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const readJson = (name: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(root, name), "utf8")) as Record<string, unknown>;

const manifest = readJson("package.json");
const lock = readJson("package-lock.json");
const lockRoot = (lock.packages as Record<string, Record<string, unknown>>)[""];

describe("package-lock.json matches package.json", () => {
  it.each(["dependencies", "devDependencies", "optionalDependencies", "engines"])(
    "the lock's root %s are package.json's",
    (field) => {
      expect(lockRoot[field] ?? {}).toEqual(manifest[field] ?? {});
    }
  );

  it("records the same name and version", () => {
    expect([lock.name, lock.version, lockRoot.version]).toEqual([
      manifest.name,
      manifest.version,
      manifest.version,
    ]);
  });

  it("locks a version for every direct dependency", () => {
    const direct = {
      ...(manifest.dependencies as Record<string, string>),
      ...(manifest.devDependencies as Record<string, string>),
    };
    const packages = lock.packages as Record<string, { version?: string }>;
    const unlocked = Object.keys(direct).filter(
      (name) => packages[`node_modules/${name}`]?.version === undefined
    );
    expect(unlocked).toEqual([]);
  });
});
