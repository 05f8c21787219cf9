import { defineConfig } from "vitest/config";
import { chromiumAvailable, missingChromiumMessage } from "./tests/support/chromium.ts";

// Say once per run, not once per test file, that browser suites will be skipped. Test workers
// inherit the variable and stay quiet.
if (!chromiumAvailable && process.env.CI !== "true" && !process.env.BROADSHEET_CHROMIUM_HINT_SHOWN) {
  console.warn(`[broadsheet] browser tests will be skipped: ${missingChromiumMessage()}`);
  process.env.BROADSHEET_CHROMIUM_HINT_SHOWN = "1";
}

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/temp-root.ts"],
    testTimeout: 180_000, // end-to-end tests run several real builds; a hang still fails
    hookTimeout: 120_000,
    // Each browser test file starts its own Chromium; two at a time is what 2 cores can carry.
    pool: "forks",
    maxWorkers: 2,
  },
});
