import type { Diagnostic } from "../article.ts";

/** The counts at the foot of a QA report, and in `npm run check -- --json`. */
export interface ReportSummary {
  articles: number;
  errors: number;
  warnings: number;
  /** Seeds with at least one error: they do not become articles. */
  badSeeds: number;
  /** How many of each rule, most frequent first. */
  errorsByRule: Record<string, number>;
  warningsByRule: Record<string, number>;
}

export function summarise(diagnostics: Diagnostic[], articleCount: number): ReportSummary {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  return {
    articles: articleCount,
    errors: errors.length,
    warnings: warnings.length,
    badSeeds: new Set(errors.map((d) => d.file)).size,
    errorsByRule: countByRule(errors),
    warningsByRule: countByRule(warnings),
  };
}

/** `12 articles, 1 error in 1 seed, 3 warnings: 2 missing-credit, 1 duplicate-source` */
export function summaryLine(summary: ReportSummary): string {
  const { articles, errors, warnings, badSeeds } = summary;
  const byRule = Object.entries(summary.warningsByRule).map(([rule, count]) => `${count} ${rule}`);
  return [
    plural(articles, "article"),
    `${plural(errors, "error")}${badSeeds ? ` in ${plural(badSeeds, "seed")}` : ""}`,
    `${plural(warnings, "warning")}${byRule.length > 0 ? `: ${byRule.join(", ")}` : ""}`,
  ].join(", ");
}

function countByRule(diagnostics: Diagnostic[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const { rule } of diagnostics) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const ordered = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(ordered);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
