// Lint rules: the Office add-in rules (no context.sync in loops, load before read) plus the
// TypeScript recommended set; run with `npm run lint` (office-addin-lint picks this file up).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["dist/**", "out/**", "node_modules/**", "test-artifacts/**"] },
  ...officeAddins.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tseslint.parser },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
];
