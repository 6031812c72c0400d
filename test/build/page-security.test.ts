/**
 * What the production page allows and what it reveals: taskpane.html carries a
 * Content-Security-Policy before any script, strict enough that only the add-in's own origin and
 * the Office script host may run code, and the source maps that ship hold no source text.
 */
import * as fs from "fs";
import { DIST, readDist } from "./dist-files";

/** The policy's directives by name, from the built page's <meta http-equiv> (our own output). */
function shippedPolicy(): { directives: Map<string, string[]>; beforeScripts: boolean } {
  const html = readDist("taskpane.html");
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html);
  if (!meta) throw new Error("taskpane.html has no Content-Security-Policy");
  const directives = new Map(
    meta[1]
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources] as const)
  );
  return { directives, beforeScripts: meta.index < html.indexOf("<script") };
}

describe("the shipped page", () => {
  it("declares its Content-Security-Policy before the first script", () => {
    expect(shippedPolicy().beforeScripts).toBe(true);
  });

  it("runs scripts and workers only from its own origin and the Office script host, and never evaluates text", () => {
    const { directives } = shippedPolicy();
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("worker-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    const everything = [...directives.values()].flat();
    expect(everything).not.toContain("'unsafe-eval'");
    expect(everything).not.toContain("'unsafe-inline'");
    expect(everything.filter((source) => source === "blob:" || source === "data:")).toEqual([]);
  });

  it("allows inline style only as an empty <style> element (Fluent UI fills it through the CSS object model)", () => {
    // Base64 SHA-256 of the empty string.
    expect(shippedPolicy().directives.get("style-src")).toEqual([
      "'self'",
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    ]);
  });

  it("ships source maps without the source text", () => {
    const maps = fs.readdirSync(DIST).filter((file) => file.endsWith(".js.map"));
    expect(maps.length).toBeGreaterThan(0);
    expect(maps).toEqual(expect.arrayContaining(["taskpane.js.map", "functions.js.map"]));
    for (const file of maps) {
      const map = JSON.parse(readDist(file)) as { sources: string[]; sourcesContent?: unknown };
      expect({ file, sourcesContent: map.sourcesContent }).toEqual({
        file,
        sourcesContent: undefined,
      });
      // The maps still name the files, so an error report can point at a line.
      expect(map.sources.length).toBeGreaterThan(0);
    }
  });
});
