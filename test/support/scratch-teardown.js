/* global require, process, module */
/** Removes the run's temporary folder made by `scratch-setup.js`. */
const fs = require("node:fs");

module.exports = function removeScratchFolder() {
  const scratch = process.env.CREDIT_DESK_TEST_SCRATCH;
  if (!scratch) return;
  fs.rmSync(scratch, { recursive: true, force: true });
  const before = process.env.CREDIT_DESK_SYSTEM_TMPDIR;
  if (before) process.env.TMPDIR = before;
  else delete process.env.TMPDIR;
};
