import path from "node:path";
import type { Diagnostic } from "../article.ts";

/** `seeds/x.txt:3:1: error: the seed has no title: …` — the form editors and terminals link. */
export function formatDiagnostic(diagnostic: Diagnostic, seedsDir: string): string {
  const file = path.join(seedsDir, diagnostic.file);
  return `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.rule}]`;
}

/** Every diagnostic, errors first, then a one-line count. */
export function formatReport(diagnostics: Diagnostic[], seedsDir: string, articleCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  const lines = [...errors, ...warnings].map((d) => formatDiagnostic(d, seedsDir));
  const badSeeds = new Set(errors.map((d) => d.file)).size;
  const summary = [
    `${articleCount} ${articleCount === 1 ? "article" : "articles"}`,
    `${errors.length} ${errors.length === 1 ? "error" : "errors"}${badSeeds ? ` in ${badSeeds} ${badSeeds === 1 ? "seed" : "seeds"}` : ""}`,
    `${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}`,
  ].join(", ");
  return [...lines, summary].join("\n");
}
