/**
 * Two projects. `unit`: the engine, workbook, i18n, functions, the Office.js adapter over its
 * mocks and the React pane over fake ports — pure code, no files, processes or build, seconds to
 * run. `integration`: whatever drives real parts — the command line, .xlsx packages read and
 * written (openpyxl, xlsxwriter, LibreOffice), the production build, the manifest under xmllint,
 * the built pane in Chromium, the ownership round trips. `npm test` runs both;
 * `npm run test:unit` and `npm run test:integration` run one (`jest --selectProjects <name>`).
 * The React pane needs jsdom, so `unit` is two Jest projects that share its name.
 * TypeScript is transpiled only (type checking is `npm run typecheck`, part of `npm test`).
 */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "commonjs",
      moduleResolution: "node10",
      jsx: "react-jsx",
      isolatedModules: true,
    },
    diagnostics: false,
  },
];

const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  setupFiles: ["<rootDir>/test/support/all-languages.ts"],
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the package root pulls ESM-only modules.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};

/** Test folders and files of the integration project, relative to test/. */
const INTEGRATION_FOLDERS = ["build", "cli", "file", "manifest", "ownership"];
const INTEGRATION_FILES = [
  "i18n/problem-messages.test.ts", // every problem of the sample workbook, read from its .xlsx
];
/** The built pane in Chromium: every `test/taskpane/browser-*.test.ts`. */
const BROWSER_TESTS = "<rootDir>/test/taskpane/browser-[^/]*\\.test\\.ts$";

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const integrationPatterns = [
  ...INTEGRATION_FOLDERS.map((folder) => `<rootDir>/test/${folder}/`),
  ...INTEGRATION_FILES.map((file) => `<rootDir>/test/${escapeRegExp(file)}$`),
  BROWSER_TESTS,
];

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", ...integrationPatterns],
    },
    {
      ...shared,
      displayName: "unit",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", ...integrationPatterns],
      setupFilesAfterEnv: ["<rootDir>/test/support/dom-setup.ts"],
    },
    {
      ...shared,
      displayName: "integration",
      testEnvironment: "node",
      testMatch: [
        ...INTEGRATION_FOLDERS.map((folder) => `<rootDir>/test/${folder}/**/*.test.ts`),
        ...INTEGRATION_FILES.map((file) => `<rootDir>/test/${file}`),
        "<rootDir>/test/taskpane/browser-*.test.ts",
      ],
    },
  ],
  // One temporary folder per run, removed at the end (see test/support/scratch-setup.js).
  globalSetup: "<rootDir>/test/support/scratch-setup.js",
  globalTeardown: "<rootDir>/test/support/scratch-teardown.js",
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  testTimeout: 30000,
};
