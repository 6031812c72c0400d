/* global require, process, module */
/**
 * Every temporary file of a test run goes under one folder made here (TMPDIR, which Node's
 * `os.tmpdir()`, Chromium and LibreOffice all follow) and removed by `scratch-teardown.js`, so
 * repeated runs leave nothing behind in the system's temporary folder.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = function makeScratchFolder() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "credit-desk-tests-"));
  process.env.CREDIT_DESK_SYSTEM_TMPDIR = process.env.TMPDIR || "";
  process.env.CREDIT_DESK_TEST_SCRATCH = scratch;
  process.env.TMPDIR = scratch;
};
