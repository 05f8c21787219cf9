// Real-browser tests: find Debian's Chromium, launch it with Broadsheet's flags, and skip (or,
// under CI=true, fail) the suites that need it when it is missing.
import { accessSync, constants } from "node:fs";
import { describe, it } from "vitest";
import type { Browser, LaunchOptions, Page } from "playwright-core";

/** Flags that make Chromium quiet and offline-safe in a container (root, no GPU, no network). */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** The command that installs Chromium on Debian, shown whenever it is missing. */
export const INSTALL_HINT = "apt-get update && apt-get install -y chromium";

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where Chromium is, or `undefined`. `BROADSHEET_CHROMIUM` overrides the search (set it to a
 * missing path to rehearse the "no browser" case). Otherwise the binary behind Debian's wrapper
 * script (`/usr/lib/chromium/chromium`, faster to start) wins over the wrapper `/usr/bin/chromium`.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env.BROADSHEET_CHROMIUM;
  if (override) return isExecutable(override) ? override : undefined;
  return ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find(isExecutable);
}

export const chromiumPath: string | undefined = findChromium();
export const chromiumAvailable: boolean = chromiumPath !== undefined;

/** The one-line notice printed when Chromium is missing. */
export function missingChromiumMessage(): string {
  const where = process.env.BROADSHEET_CHROMIUM ?? "/usr/lib/chromium/chromium or /usr/bin/chromium";
  return `Chromium not found (looked for ${where}). Install it with: ${INSTALL_HINT}`;
}

/** Launches Chromium with `CHROMIUM_ARGS`. Throws with the install hint when it is missing. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  if (!chromiumPath) throw new Error(missingChromiumMessage());
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    ...options,
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

// vitest.config.ts prints the hint once per run and sets this variable; a file run on its own prints it.
let hintPrinted = Boolean(process.env.BROADSHEET_CHROMIUM_HINT_SHOWN);

/**
 * `describe` for suites that need a real browser. Without Chromium the suite is skipped (and the
 * install hint printed once per run); under `CI=true` it fails instead, so a CI machine
 * without a browser can never pass by skipping.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (chromiumAvailable) {
    describe(name, fn);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`${missingChromiumMessage()} (CI=true: browser tests may not be skipped)`);
      });
    });
  } else {
    if (!hintPrinted) console.warn(`[broadsheet] skipping browser tests: ${missingChromiumMessage()}`);
    hintPrinted = true;
    describe.skip(name, fn);
  }
}

export interface PageProblems {
  /** Console messages of type `error` (CSP violations included) and uncaught exceptions. */
  errors: string[];
  /** The subset of `errors` that are Content-Security-Policy violations. */
  cspViolations: string[];
}

/**
 * Starts collecting a page's errors; call it before `page.goto`. The returned arrays fill up as
 * the page runs. Chromium reports CSP violations as console errors. Chromium 156 words them
 * "Executing inline script violates the following Content Security Policy directive …" or
 * "Loading the script '…' violates …"; older versions said "Refused to …"; report-only policies
 * prefix "[Report Only] ". Both wordings count.
 */
export function collectPageProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], cspViolations: [] };
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // "Failed to load resource: … 404" does not name the resource; add the URL.
    const url = message.location().url;
    const text = message.text().startsWith("Failed to load resource") && url ? `${message.text()}: ${url}` : message.text();
    problems.errors.push(text);
    if (/Content Security Policy|^(\[Report Only\] )?Refused to /.test(text)) problems.cspViolations.push(text);
  });
  page.on("pageerror", (error) => problems.errors.push(`Uncaught ${error.name}: ${error.message}`));
  return problems;
}
