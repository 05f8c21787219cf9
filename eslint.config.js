// ESLint: the recommended rules of ESLint and typescript-eslint (not type-aware, to stay fast).
// Formatting is Prettier's job and stage imports dependency-cruiser's (see package.json "lint").
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["_site/", "_site.*/", ".cache/", "coverage/", "tmp/", "tests/fixtures/"] }, // as .gitignore, and fixtures are data
  js.configs.recommended,
  tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  { files: ["public/**/*.js"], languageOptions: { globals: globals.browser } }, // search.js runs in the page, as a module
  { files: ["**/*.cjs"], languageOptions: { globals: globals.node, sourceType: "commonjs" } },
  {
    rules: {
      // `const { [key]: _, ...others } = filters` is how a key is left out of a copy.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      // A `let` that a callback reads before its one assignment (start.ts's server) cannot be a const.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  // These match control characters on purpose: they keep them out of URLs and pages.
  { files: ["src/parse/safe-body.ts", "tests/e2e/safety.test.ts"], rules: { "no-control-regex": "off" } },
);
