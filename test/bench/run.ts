/**
 * `npm run bench`: every figure of the project, each with its input size, then a block to paste
 * into the README. Benchmarks of other parts are included when their files are there.
 * The bundle is measured before the CLI runs: `npm run build` empties dist/, the CLI's bin included.
 * Speed is measured, not asserted: a figure prints its target and "met" or "not met", and only a
 * benchmark that could not run makes the exit code non-zero (a loaded machine misses clock targets).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { benchBundle } from "./bundle-size";
import { benchCli } from "./cli-bench";
import { benchReader } from "./reader-bench";

type Bench = () => Promise<string[]>;

interface Section {
  title: string;
  /** The module file (without extension) and the function it exports. */
  file: string;
  exportName: string;
}

const OPTIONAL_SECTIONS: Section[] = [
  { title: "Engine: review()", file: "engine-bench", exportName: "benchEngine" },
  { title: "Engine: hot functions", file: "engine-bench", exportName: "benchScoreCalls" },
  {
    title: "Engine: review() with a Collection Log",
    file: "collection-bench",
    exportName: "benchCollection",
  },
  { title: "Excel (Office.js adapter)", file: "excel-bench", exportName: "benchExcelFlow" },
  {
    title: "History: snapshots, analyses, Aging History sheet",
    file: "history-bench",
    exportName: "benchHistory",
  },
];

async function optionalBench(section: Section): Promise<Bench | null> {
  if (!existsSync(join(__dirname, `${section.file}.ts`))) return null;
  const module = (await import(`./${section.file}`)) as Record<string, unknown>;
  const bench = module[section.exportName];
  return typeof bench === "function" ? (bench as Bench) : null;
}

async function runSection(title: string, bench: Bench, figures: string[]): Promise<void> {
  process.stdout.write(`\n## ${title}\n`);
  try {
    const lines = await bench();
    process.stdout.write(`${lines.join("\n")}\n`);
    figures.push(...lines.filter((line) => !line.startsWith(" ") && !line.startsWith("(")));
  } catch (error) {
    // One failing benchmark must not hide the others' figures; its failure is printed and counted.
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`FAILED: ${message}\n`);
    figures.push(`${title}: FAILED (${message.split("\n")[0]})`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const figures: string[] = [];
  for (const section of OPTIONAL_SECTIONS) {
    const bench = await optionalBench(section);
    if (bench) await runSection(section.title, bench, figures);
    else
      process.stdout.write(
        `\n## ${section.title}\n(not run: test/bench/${section.file}.ts has no ${section.exportName} yet)\n`
      );
  }
  await runSection("Task pane bundle", benchBundle, figures);
  await runSection("Command line, end to end", benchCli, figures);
  await runSection("Reader: speed, the full-height ledger and hostile files", benchReader, figures);

  process.stdout.write(
    `\n## Latest figures (paste into the README)\n\n${figures.map((line) => `- ${line}`).join("\n")}\n`
  );
  const missed = figures.filter((line) => line.includes("not met")).length;
  process.stdout.write(
    `\n${missed === 0 ? "Every target met." : `${missed} target${missed === 1 ? "" : "s"} not met (measured, not asserted).`}\n`
  );
}

void main();
