import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findInlineProblem } from "../../src/parse/inline-markup.ts";
import { measureNesting } from "../../src/parse/nesting.ts";

const REAL_SEED = readFileSync(new URL("../fixtures/real-seed.txt", import.meta.url), "utf8");

describe("findInlineProblem", () => {
  it("should find nothing in the real seed", () => {
    expect(findInlineProblem(REAL_SEED)).toBeNull();
  });

  it("should find brackets nested more than 32 deep, on their line", () => {
    expect(findInlineProblem(`Intro.\n\n${"[".repeat(33)}x`)).toEqual({ kind: "brackets", depth: 33, line: 3 });
    expect(findInlineProblem(`${"[".repeat(32)}x${"]".repeat(32)}`)).toBeNull();
  });

  it("should not count escaped brackets", () => {
    expect(findInlineProblem("\\[".repeat(100))).toBeNull();
  });

  it("should find emphasis nested more than 32 delimiters deep", () => {
    expect(findInlineProblem(`${"*a ".repeat(33)}x${" a*".repeat(33)}`)).toMatchObject({ kind: "emphasis", line: 1 });
    expect(findInlineProblem(`${"*a ".repeat(32)}x${" a*".repeat(32)}`)).toBeNull();
  });

  it("should not count openers that are never closed, or underscores inside words, as nesting", () => {
    expect(findInlineProblem("_id and _rev and _key ".repeat(40))).toBeNull();
    expect(findInlineProblem("snake_case_name_with_many_parts ".repeat(40))).toBeNull();
    expect(findInlineProblem("**Name:** text, ".repeat(200))).toBeNull();
  });

  it("should count markup per paragraph: blank lines and list items start new ones", () => {
    const dense = "*a".repeat(1_500);
    expect(findInlineProblem(`${dense}\n\n${dense}`)).toBeNull();
    expect(findInlineProblem(`- ${dense}\n- ${dense}`)).toBeNull();
    expect(findInlineProblem(`${dense}\n${dense}`)).toEqual({ kind: "paragraph", count: 3_000, line: 1 });
  });

  it("should leave fenced code alone", () => {
    expect(findInlineProblem(`\`\`\`\n${"[".repeat(5_000)}\n\`\`\`\n`)).toBeNull();
  });

  it("should count markup across the whole seed", () => {
    const paragraphs = Array(252).fill("*a".repeat(1_990)).join("\n\n");
    expect(findInlineProblem(paragraphs)).toMatchObject({ kind: "seed", line: 503 });
  });
});

describe("measureNesting", () => {
  it("should read a `* * *` or `- - -` rule of any length as a rule, not as nested lists", () => {
    expect(measureNesting("* ".repeat(100)).depth).toBe(0);
    expect(measureNesting(`> > ${"- ".repeat(100)}`).depth).toBe(2);
  });

  it("should still count list markers on one line when text follows them", () => {
    expect(measureNesting(`${"* ".repeat(40)}x`).depth).toBeGreaterThan(32);
  });
});
