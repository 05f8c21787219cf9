import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSeed, type ParseResult } from "../../src/parse/parse-seed.ts";

const REAL_SEED = readFileSync(new URL("../fixtures/real-seed.txt", import.meta.url), "utf8");
const BODY = "The council met on Tuesday to discuss the tram line. ".repeat(6); // 60 words
const SOURCE = "\n\nOriginal url: <https://www.example.com/2025/05/02/story>\n";

function warnings(text: string): Array<[string, number]> {
  const result: ParseResult = parseSeed(text, "seed.txt");
  if (!result.ok) throw new Error(`expected an article, got: ${JSON.stringify(result.diagnostics)}`);
  return result.diagnostics.map((d) => [d.rule, d.line]);
}

describe("parseSeed's warnings", () => {
  it("should give none for a complete seed", () => {
    expect(warnings(REAL_SEED)).toEqual([]);
  });

  it("should warn of a caption without a credit, at the caption's front matter line", () => {
    expect(warnings(`---\ntitle: T\ndate: 2025-05-02\nimage_caption: A crowd.\n---\n${BODY}${SOURCE}`)).toEqual([["missing-credit", 4]]);
  });

  it("should warn of a missing source URL at the last line, where it would go", () => {
    expect(warnings(`# T\n\nMay 2, 2025\n\n${BODY}\n\n\n`)).toEqual([["missing-source", 5]]);
  });

  it("should warn of a date before 1900 at the date line", () => {
    expect(warnings(`# T\n\nDecember 31, 1899\n\n${BODY}${SOURCE}`)).toEqual([["pre-1900-date", 3]]);
    expect(warnings(`# T\n\nJanuary 1, 1900\n\n${BODY}${SOURCE}`)).toEqual([]);
  });

  it("should warn of a body under 50 words at the body's first line", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
    expect(warnings(`# T\n\nMay 2, 2025\n\nBy Ann\n\n${words(49)}${SOURCE}`)).toEqual([["short-body", 7]]);
    expect(warnings(`# T\n\nMay 2, 2025\n\nBy Ann\n\n${words(50)}${SOURCE}`)).toEqual([]);
  });

  it("should point a short-body warning at the title when there is no body at all", () => {
    expect(warnings(`\n# T\n\nMay 2, 2025${SOURCE}`)).toEqual([["short-body", 2]]);
  });

  it("should give file lines after front matter", () => {
    expect(warnings(`---\nauthor: Ann\n---\n# T\n\n1850-06-01\n\n${BODY}${SOURCE}`)).toEqual([["pre-1900-date", 6]]);
  });

  it("should say where each related title is, for the report's checks across seeds", () => {
    const result = parseSeed(`# T\n\nMay 2, 2025\n\n${BODY}\n\n**Related article:** [One](#)\n\nMore.\n\n**Related articles:** [Two](#) [Three](#)${SOURCE}`, "seed.txt");
    expect(result.ok && result.locations).toMatchObject({ title: 1, date: 3, source: 13, related: [7, 11, 11], body: 5, end: 13 });
  });
});
