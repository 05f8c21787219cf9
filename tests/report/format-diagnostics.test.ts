import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/article.ts";
import { formatReport } from "../../src/report/format-diagnostics.ts";
import { summarise, summaryLine } from "../../src/report/summary.ts";

const diagnostic = (file: string, severity: Diagnostic["severity"], rule: string, line = 1): Diagnostic => ({ severity, file, line, column: 1, rule, message: `${rule} message` });

const DIAGNOSTICS = [
  diagnostic("a.txt", "warning", "missing-credit", 7),
  diagnostic("b.txt", "error", "missing-date", 2),
  diagnostic("c.txt", "warning", "duplicate-source", 9),
  diagnostic("d.txt", "warning", "missing-credit", 4),
];

describe("summaryLine", () => {
  it("should count articles, errors in seeds, and warnings by rule, most frequent first", () => {
    expect(summaryLine(summarise(DIAGNOSTICS, 12))).toBe("12 articles, 1 error in 1 seed, 3 warnings: 2 missing-credit, 1 duplicate-source");
  });

  it("should say 0 warnings, with no list, when there are none", () => {
    expect(summaryLine(summarise([], 1))).toBe("1 article, 0 errors, 0 warnings");
  });
});

describe("summarise", () => {
  it("should count each rule for machines", () => {
    expect(summarise(DIAGNOSTICS, 12)).toEqual({
      articles: 12,
      errors: 1,
      warnings: 3,
      badSeeds: 1,
      errorsByRule: { "missing-date": 1 },
      warningsByRule: { "missing-credit": 2, "duplicate-source": 1 },
    });
  });
});

describe("formatReport", () => {
  it("should list errors first, each as file:line:column: severity: message [rule], then the summary", () => {
    expect(formatReport(DIAGNOSTICS, "seeds", 12).split("\n")).toEqual([
      "seeds/b.txt:2:1: error: missing-date message [missing-date]",
      "seeds/a.txt:7:1: warning: missing-credit message [missing-credit]",
      "seeds/c.txt:9:1: warning: duplicate-source message [duplicate-source]",
      "seeds/d.txt:4:1: warning: missing-credit message [missing-credit]",
      "12 articles, 1 error in 1 seed, 3 warnings: 2 missing-credit, 1 duplicate-source",
    ]);
  });

  it("should list only the first warnings when asked, and say how to see the rest", () => {
    const lines = formatReport(DIAGNOSTICS, "my-seeds", 12, { maxWarnings: 1 }).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe("… and 2 more warnings: `npm run check -- --seeds my-seeds` lists them all");
  });
});
