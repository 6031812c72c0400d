/**
 * Every picture and file the README shows or links to is in the repository, and the pane's
 * pictures are as wide as a task pane (350 px), the width they were taken at.
 */
import * as fs from "fs";
import * as path from "path";
import { localTargets } from "./markdown-links";

const ROOT = path.resolve(__dirname, "../..");
const README = path.join(ROOT, "README.md");
/** A width a task pane really has; the pictures are taken at it by assets/docs/make-pictures.ts. */
const PANE_WIDTH = 350;

/** A PNG's width, from its IHDR chunk: 8 bytes of signature, 8 of chunk head, then the width. */
function pngWidth(file: string): number {
  const head = Buffer.alloc(24);
  const handle = fs.openSync(file, "r");
  try {
    fs.readSync(handle, head, 0, head.length, 0);
  } finally {
    fs.closeSync(handle);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!head.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  return head.readUInt32BE(16);
}

describe("the README's links and pictures", () => {
  const targets = localTargets(fs.readFileSync(README, "utf8"), README);
  const relative = (file: string) => path.relative(ROOT, file);

  it("finds the pictures the README shows, the sideloading and deployment steps among them", () => {
    const images = targets.filter((target) => target.kind === "image").map((t) => t.written);
    expect(images).toEqual(
      expect.arrayContaining([
        "assets/docs/pane-preview.png",
        "assets/docs/pane-aging.png",
        "assets/docs/sideload-web.svg",
        "assets/docs/sideload-desktop-windows.svg",
        "assets/docs/sideload-desktop-mac.svg",
        "assets/docs/deploy-static-host.svg",
      ])
    );
  });

  it("points only at files that exist", () => {
    const missing = targets
      .filter((target) => !fs.existsSync(target.file))
      .map((target) => `${target.kind} ${target.written}`);
    expect(missing).toEqual([]);
  });

  it("shows the pane at the width of a task pane", () => {
    const panePictures = targets
      .filter(
        (target) => target.kind === "image" && /^pane-.*\.png$/.test(path.basename(target.file))
      )
      .map((target) => target.file);
    expect(panePictures.length).toBeGreaterThanOrEqual(3);
    expect(panePictures.map((file) => [relative(file), pngWidth(file)])).toEqual(
      panePictures.map((file) => [relative(file), PANE_WIDTH])
    );
  });
});

describe("reading a document's local targets", () => {
  const document = path.join(ROOT, "docs", "guide.md");

  it("resolves images and links against the document's folder, without query or anchor", () => {
    const markdown = [
      "![Pane](../assets/docs/pane-preview.png)",
      "See [the schema](schemas/policy.schema.json#limit) and [Office](https://example.com/a.png).",
      "[Top](#top) [Mail](mailto:someone@example.com) [Space](my%20file.md?raw=1)",
    ].join("\n\n");
    expect(localTargets(markdown, document)).toEqual([
      {
        kind: "image",
        written: "../assets/docs/pane-preview.png",
        file: path.join(ROOT, "assets/docs/pane-preview.png"),
      },
      {
        kind: "link",
        written: "schemas/policy.schema.json#limit",
        file: path.join(ROOT, "docs/schemas/policy.schema.json"),
      },
      { kind: "link", written: "my%20file.md?raw=1", file: path.join(ROOT, "docs/my file.md") },
    ]);
  });

  it("ignores what only looks like a link inside code", () => {
    const markdown = "`![not](a.png)`\n\n```\n[not](b.md)\n```\n";
    expect(localTargets(markdown, document)).toEqual([]);
  });
});
