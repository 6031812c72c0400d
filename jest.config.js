/**
 * Two projects: Node for the engine, workbook, file, CLI, functions and adapters; jsdom for the
 * React pane. TypeScript is transpiled only (type checking is `npm run typecheck`, part of `npm test`).
 */
const tsJest = [
  "ts-jest",
  {
    tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true },
    diagnostics: false,
  },
];

const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the package root pulls ESM-only modules.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
    },
    {
      ...shared,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/support/dom-setup.ts"],
    },
  ],
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  testTimeout: 30000,
};
