import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSeed, type ParseResult } from "../../src/parse/parse-seed.ts";

// The adversarial corpus (tests/fixtures/adversarial/), seed by seed, and the big or deeply nested
// seeds that are generated here rather than committed. tests/pipeline/adversarial-load.test.ts reads
// the same corpus through the loader (bytes, file names, checks across seeds).

const corpus = (name: string) => readFileSync(new URL(`../fixtures/adversarial/${name}`, import.meta.url));

function parse(text: string, file = "seed.txt"): ParseResult {
  return parseSeed(text, file);
}

function timed(text: string): { result: ParseResult; ms: number } {
  const started = performance.now();
  const result = parse(text);
  return { result, ms: performance.now() - started };
}

const rules = (result: ParseResult) => result.diagnostics.map((d) => [d.severity, d.rule, d.line]);

describe("parseSeed on the adversarial corpus", () => {
  it.each([
    ["empty.txt", "empty", 1],
    ["whitespace-only.txt", "empty", 1],
    ["february-30.txt", "invalid-date", 3],
    ["bad-yaml.md", "front-matter-yaml", 4],
    ["title-list.md", "front-matter-type", 2],
    ["date-yesterday.md", "front-matter-date", 3],
  ])("should refuse %s with one %s error at line %i", (name, rule, line) => {
    const result = parse(corpus(name).toString("utf8"), name);
    expect(result.ok).toBe(false);
    expect(rules(result)).toEqual([["error", rule, line]]);
    expect(result.diagnostics[0]!.file).toBe(name);
  });

  it.each([
    ["year-0999.txt", "0999-01-01", [["warning", "pre-1900-date", 3]]],
    ["year-2099.txt", "2099-01-01", []],
    ["next-year.txt", "2027-03-01", []],
    ["caption-without-credit.md", "2025-04-01", [["warning", "missing-credit", 4]]],
    ["no-source.txt", "2025-04-02", [["warning", "missing-source", 5]]],
    ["short-body.txt", "2025-04-03", [["warning", "short-body", 5]]],
    ["с пробелом и кириллицей.txt", "2025-03-05", []],
  ])("should make %s an article dated %s, with the warnings %j", (name, date, warnings) => {
    const result = parse(corpus(name).toString("utf8"), name);
    expect(result.ok && result.article.date).toBe(date);
    expect(rules(result)).toEqual(warnings);
  });

  it("should never throw on a binary file's bytes, whatever they decode to", () => {
    for (const encoding of ["latin1", "utf8", "utf16le"] as const) {
      expect(() => parse(corpus("image.txt").toString(encoding))).not.toThrow();
    }
  });

  it.each(["---\n\n# A Rule Above the Title\n\nMay 2, 2024\n\nBody.\n", "---\n# A Rule Above the Title\n---\n\nMay 2, 2024\n\nBody.\n"])(
    "should read a seed that opens with a `---` rule rather than front matter: %j",
    (text) => {
      const result = parse(text);
      expect(result.ok && [result.article.title, result.article.date, result.article.bodyHtml]).toEqual(["A Rule Above the Title", "2024-05-02", "<p>Body.</p>"]);
    },
  );

  it("should judge a reference link by its first definition, the one remark-html uses", () => {
    for (const first of ["#", "/relative", "javascript:alert(1)"]) {
      const result = parse(`# T\n\nMay 2, 2024\n\n[x][ref]\n\n[ref]: ${first}\n\n[ref]: https://example.org/\n`);
      expect(result.ok && result.article.bodyHtml).toBe("<p>x</p>");
    }
  });

  it("should refuse an impossible front matter date that YAML would quietly move to March", () => {
    expect(rules(parse("---\ntitle: T\ndate: 2025-02-30\n---\nBody.\n"))).toEqual([["error", "front-matter-date", 3]]);
  });
});

describe("parseSeed on generated adversarial seeds", () => {
  const header = "# Deep\n\nMay 2, 2024\n\n"; // the body starts on line 5

  it("should keep a 2,000-character title whole and cut its slug to 80 characters or fewer", () => {
    const title = "Council ".repeat(250).trim();
    const result = parse(`# ${title}\n\nMay 2, 2024\n\nBody.\n`);
    expect(result.ok && result.article.title).toBe(title);
    expect(result.ok && result.article.slug.length).toBeLessThanOrEqual(80);
  });

  it("should parse a 200,000-character line in well under a few seconds", () => {
    const prose = "The council met again on Tuesday evening, and the mayor spoke about the budget at length. ".repeat(20);
    const line = `${prose}[The mayor](https://example.org/mayor) *spoke*. `.repeat(120).slice(0, 200_000);
    const { result, ms } = timed(`${header}${line}\n`);
    expect(result.ok && result.article.wordCount).toBeGreaterThan(25_000);
    expect(ms).toBeLessThan(10_000);
  });

  const deep = (n: number, unit: string) => unit.repeat(n);
  it.each([
    ["5,000 nested block quotes", `${deep(5000, ">")} deep`],
    ["1,000 nested list levels", Array.from({ length: 1000 }, (_, d) => `${"  ".repeat(d)}- level ${d}`).join("\n")],
    ["1,000 nested ordered list levels", Array.from({ length: 1000 }, (_, d) => `${"   ".repeat(d)}1. level ${d}`).join("\n")],
    ["1,000 empty nested list items", Array.from({ length: 1000 }, (_, d) => `${"  ".repeat(d)}-`).join("\n")],
    ["a staircase of 1,000 quote levels", Array.from({ length: 1000 }, (_, d) => `${">".repeat(d + 1)} step`).join("\n")],
    ["`> - ` mixed 1,000 times on one line", `${deep(1000, "> - ")}x`],
    ["1,000 `* ` list markers on one line", `${deep(1000, "* ")}x`],
    ["1,000 `1. ` list markers on one line", `${deep(1000, "1. ")}x`],
    ["1,000 nested brackets", `${deep(1000, "[")}x${deep(1000, "]")}`],
    ["1,000 nested links", `${deep(1000, "[")}x${deep(1000, "](https://example.org)")}`],
    ["1,000 nested images", `${deep(1000, "![")}x${deep(1000, "](https://example.org/a.png)")}`],
    ["a run of 900 `*` around a word", `${deep(900, "*")}x${deep(900, "*")}`],
    ["900 nested emphasis levels", `${deep(900, "*a ")}x${deep(900, " a*")}`],
    ["500 nested strong levels", `${deep(500, "**a ")}x${deep(500, " a**")}`],
    ["900 nested underscore levels", `${deep(900, "_a ")}x${deep(900, " a_")}`],
  ])("should refuse %s as too deeply nested, within a second, naming the line", (_, body) => {
    const { result, ms } = timed(`${header}${body}\n`);
    expect(rules(result)).toEqual([["error", "too-deeply-nested", expect.any(Number)]]);
    expect(result.diagnostics[0]!.line).toBeGreaterThanOrEqual(5);
    expect(ms).toBeLessThan(1_000);
  });

  it("should refuse a paragraph with more than 2,000 markup characters, naming its first line", () => {
    const { result, ms } = timed(`${header}Intro.\n\n${"*a".repeat(2001)}\n`);
    expect(rules(result)).toEqual([["error", "too-much-markup", 7]]);
    expect(ms).toBeLessThan(1_000);
  });

  it("should refuse a seed with more than 500,000 markup characters, however they are split", () => {
    const paragraph = "c* ".repeat(1_900);
    const { result, ms } = timed(`${header}${Array(270).fill(paragraph).join("\n\n")}\n`);
    expect(rules(result)).toEqual([["error", "too-much-markup", expect.any(Number)]]);
    expect(ms).toBeLessThan(1_000);
  });

  it("should parse markup just under the limits: 32 nested quotes, brackets and emphasis, 1,900 marks in a paragraph", () => {
    const body = [`${deep(32, ">")} quoted`, `${deep(32, "[")}x${deep(32, "]")}`, `${deep(16, "**")}x${deep(16, "**")}`, "word *em* [link](https://example.org) ".repeat(316)].join("\n\n");
    const { result, ms } = timed(`${header}${body}\n`);
    expect(rules(result)).toEqual([["warning", "missing-source", 11]]);
    expect(ms).toBeLessThan(5_000);
  });

  it("should not mistake a long `* * *` rule for nested lists", () => {
    const result = parse(`${header}Before.\n\n${"* ".repeat(60)}\n\nAfter the rule, the story goes on.\n`);
    expect(result.ok && result.article.bodyHtml).toContain("<hr>");
  });
});
