// Lint rules: the Office add-in set (no context.sync in loops, load before read, prettier)
// applied to .tsx as well as .ts, with explicit `any` and stray console output refused.
// Run with `npm run lint` (office-addin-lint picks this file up).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const recommended = officeAddins.configs.recommended;
const typed = recommended.find((config) => config.plugins && config.plugins["@typescript-eslint"]);

export default [
  { ignores: ["dist/**", "out/**", "node_modules/**", "test-artifacts/**", "coverage/**"] },
  ...recommended.map((config) =>
    config === typed ? { ...config, files: ["**/*.{js,mjs,cjs,ts,tsx,cts,mts}"] } : config
  ),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      // TypeScript itself reports undefined names, with the DOM, Node and Office typings in view.
      "no-undef": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // The command line and the scripts under test/ and assets/ speak on the terminal by design.
    files: ["src/cli/**", "test/**", "assets/**"],
    rules: { "no-console": "off" },
  },
];
