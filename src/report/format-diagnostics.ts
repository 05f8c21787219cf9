import path from "node:path";
import type { Diagnostic } from "../article.ts";
import { summarise, summaryLine } from "./summary.ts";

export interface ReportOptions {
  /** List at most this many warnings (errors are always listed); the summary counts them all. */
  maxWarnings?: number;
}

/**
 * `seeds/x.txt:3:1: error: the seed has no title: …` — the form editors and terminals link. (Not
 * vfile-reporter's: it lists each file's messages under the file's name, as `  3:1  error  …`.)
 */
export function formatDiagnostic(diagnostic: Diagnostic, seedsDir: string): string {
  const file = path.join(seedsDir, diagnostic.file);
  return `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.rule}]`;
}

/** Every diagnostic, errors first, then a one-line count with the warnings by rule. */
export function formatReport(diagnostics: Diagnostic[], seedsDir: string, articleCount: number, options: ReportOptions = {}): string {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  const shown = warnings.slice(0, options.maxWarnings ?? warnings.length);
  const lines = [...errors, ...shown].map((d) => formatDiagnostic(d, seedsDir));
  const hidden = warnings.length - shown.length;
  if (hidden > 0) {
    const check = seedsDir === "seeds" ? "npm run check" : `npm run check -- --seeds ${seedsDir}`;
    lines.push(`… and ${hidden} more ${hidden === 1 ? "warning" : "warnings"}: \`${check}\` lists them all`);
  }
  return [...lines, summaryLine(summarise(diagnostics, articleCount))].join("\n");
}
