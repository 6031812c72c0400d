/**
 * How a bench run alone from the command line reports: its lines on stdout, or its error on
 * stderr with exit code 1, so a failed bench is not mistaken for a quiet one.
 */
export function printBenchLines(lines: Promise<string[]>): void {
  lines.then(
    (done) => process.stdout.write(`${done.join("\n")}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
