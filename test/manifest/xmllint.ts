/**
 * xmllint (libxml2) from tests: schema validation against the offline XSDs kept in the
 * repository (`schemas/manifest/`), and XPath queries that read the manifest with a real XML
 * parser. Namespaces are matched with local-name() so the queries stay short.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const XMLLINT = process.env.XMLLINT ?? "xmllint";
export const REPO_ROOT = path.resolve(__dirname, "../..");
export const SCHEMA_DIR = path.resolve(REPO_ROOT, "schemas/manifest");
export const ROOT_SCHEMA = path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");

/** xmllint's exit status when an XPath expression selects nothing. */
const XPATH_EMPTY = 10;

export function xmllintAvailable(): boolean {
  return spawnSync(XMLLINT, ["--version"]).status === 0;
}

/** What the validation needs and is missing here; empty when it can run. */
export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(ROOT_SCHEMA)) missing.push(`the manifest schemas (${SCHEMA_DIR})`);
  if (!xmllintAvailable()) missing.push(`xmllint (${XMLLINT})`);
  return missing;
}

export interface ValidationResult {
  status: number | null;
  errors: string;
}

export function validate(file: string): ValidationResult {
  const result = spawnSync(XMLLINT, ["--noout", "--nonet", "--schema", ROOT_SCHEMA, file], {
    encoding: "utf8",
  });
  return { status: result.status, errors: result.stderr };
}

/** The result of an XPath expression as text ("" when it selects nothing). */
export function xpath(file: string, expression: string): string {
  const result = spawnSync(XMLLINT, ["--nonet", "--xpath", expression, file], { encoding: "utf8" });
  if (result.status === XPATH_EMPTY) return "";
  if (result.status !== 0)
    throw new Error(`xmllint --xpath "${expression}" failed: ${result.stderr}`);
  // xmllint ends the printed result with a newline that is not part of the value.
  return result.stdout.replace(/\n$/, "");
}

export function count(file: string, nodes: string): number {
  return Number(xpath(file, `count(${nodes})`));
}

/** The string value of each node the expression selects, in document order. */
export function strings(file: string, nodes: string): string[] {
  const values: string[] = [];
  for (let i = 1; i <= count(file, nodes); i++)
    values.push(xpath(file, `string((${nodes})[${i}])`));
  return values;
}

const XML_ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&apos;": "'",
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
};

/**
 * The values of the attributes an expression selects (e.g. `//*[@resid]/@resid`), in document
 * order, from one xmllint run: it prints each selected attribute as ` name="value"` on its own line.
 */
export function attributes(file: string, nodes: string): string[] {
  const printed = xpath(file, nodes);
  if (printed === "") return [];
  return printed.split("\n").map((line) => {
    const quoted = line.slice(line.indexOf('="') + 2, line.lastIndexOf('"'));
    return quoted.replace(/&(quot|apos|lt|gt|amp);/g, (entity) => XML_ENTITIES[entity]);
  });
}

/** An element anywhere in the document by local name, e.g. el("Runtime") → //*[local-name()='Runtime']. */
export function el(...names: string[]): string {
  return names
    .map((name) => `/*[local-name()='${name}']`)
    .join("/")
    .replace(/^/, "/");
}
