import fc from "fast-check";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/parse/parse-markdown.ts";

/** A tree without character offsets (a piece's offsets are its own; lines and columns are kept). */
function withoutOffsets(tree: Root["children"]): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === "offset" ? undefined : value)));
}

const word = fc.constantFrom("Council", "tram", "Путин", "note", "x", "2026", "*em*", "[ref]", "[link](https://example.org)", "<b>", "`code`");
const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
const lines = (min: number, max: number) => fc.array(line, { minLength: min, maxLength: max });

/** Blocks that may hold blank lines, or depend on others: what a careless cut would break. */
const block = fc.oneof(
  { weight: 20, arbitrary: fc.oneof(
    line,
    lines(2, 3).map((ls) => ls.join("\n")),
    lines(1, 3).map((ls) => `\`\`\`\n${ls.join("\n\n")}\n\`\`\``),
    lines(1, 3).map((ls) => `~~~~\n${ls.join("\n\n")}\n~~~\nstill code\n~~~~`),
    lines(1, 3).map((ls) => `<!--\n${ls.join("\n\n")}\n-->`),
    lines(1, 3).map((ls) => `<pre>\n${ls.join("\n\n")}\n</pre>`),
    lines(1, 3).map((ls) => `<div>\n${ls.join("\n")}\n</div>`),
    lines(2, 3).map((ls) => ls.map((l) => `- ${l}`).join("\n\n")),
    lines(2, 3).map((ls) => ls.map((l, i) => `${i + 1}. ${l}\n\n   more ${l}`).join("\n\n")),
    lines(1, 3).map((ls) => ls.map((l) => `    ${l}`).join("\n\n")),
    lines(1, 3).map((ls) => `> ${ls.join("\nlazy ")}`),
    line.map((l) => `${l}\n===`),
    fc.constantFrom("---", "* * *"),
  ) },
  // A link definition anywhere makes the whole text parse in one go.
  { weight: 1, arbitrary: fc.constantFrom("[ref]: https://example.org/ref", "> [ref]: #", "```\n[ref]: https://example.org/in-code\n```", "text\n[other]: https://example.org/lazy") },
);
const markdown = fc.array(block, { minLength: 1, maxLength: 20 }).map((blocks) => blocks.join("\n\n"));

describe("parseMarkdown", () => {
  it("should give the same tree, lines and columns included, whether it parses a text whole or in pieces", () => {
    fc.assert(
      fc.property(markdown, fc.integer({ min: 1, max: 120 }), (text, chunkCharacters) => {
        expect(withoutOffsets(parseMarkdown(text, chunkCharacters).children)).toEqual(withoutOffsets(parseMarkdown(text, Infinity).children));
      }),
      { numRuns: 120 },
    );
  });

  it("should cut a long text without link definitions into pieces, and parse one with them whole", () => {
    const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} with a [link](https://example.org/${i}).`).join("\n\n");
    expect(parseMarkdown(text, 1_000).children).toHaveLength(400);
    expect(parseMarkdown(`${text}\n\n[ref]: https://example.org/`, 1_000).children).toHaveLength(401);
  });

  it("should parse a text shorter than a piece whole", () => {
    expect(parseMarkdown("Short *text*.")).toEqual(parseMarkdown("Short *text*.", Infinity));
  });
});
