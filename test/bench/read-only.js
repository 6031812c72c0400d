/**
 * Child process of the reader benchmark: reads one workbook with the built file reader (no
 * review, no writing) and prints how long that took as JSON on stdout.
 * Usage: node read-only.js <built index-node.js> <workbook.xlsx>
 */
/* global require, process, performance */
"use strict";
const { openXlsxPackageFile } = require(process.argv[2]);

const started = performance.now();
openXlsxPackageFile(process.argv[3]).then(
  (document) => {
    const rows = document.raw.sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0);
    process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, rows }));
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
);
