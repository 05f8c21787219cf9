// Accessibility checks with axe-core, run inside a page that Playwright has open.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { AxeResults, RunOptions } from "axe-core";

export const axePath: string = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeViolation {
  /** The rule, e.g. `image-alt`. */
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/** Which part of the page to check, as CSS selectors (the whole document by default). */
export type AxeContext = string | { include?: string | string[]; exclude?: string | string[] };

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core on the page as it is now and returns the violations (all rules axe runs by
 * default; narrow them with `options`, e.g. `{ runOnly: ['wcag2a', 'wcag2aa'] }`).
 *
 * axe is injected with `page.evaluate(source)`, not `page.addScriptTag`: addScriptTag adds an
 * inline `<script>`, which a strict Content-Security-Policy (as Broadsheet ships) blocks. Then it
 * throws and also logs a CSP violation that a CSP test would count. Code evaluated through the
 * DevTools protocol is not governed by the page's CSP, so no `bypassCSP: true` context is needed
 * and the page's CSP violations stay the site's own.
 */
export async function runAxe(page: Page, options: RunOptions = {}, context?: AxeContext): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    axeSource ??= readFile(axePath, "utf8");
    await page.evaluate(await axeSource);
  }
  return page.evaluate(
    async ([options, context]) => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe;
      const results = await axe.run(context ?? document, options);
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        targets: violation.nodes.map((node) => node.target.map(String).join(" ")),
      }));
    },
    [options, context] as const,
  );
}

/** One line per violation, e.g. `image-alt (critical): Images must have alternative text: img`. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? "unknown"}): ${v.help}: ${v.targets.join(", ")}`).join("\n");
}
