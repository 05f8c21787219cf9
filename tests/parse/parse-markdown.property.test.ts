import fc from "fast-check";
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseMarkdown } from "../../src/parse/parse-markdown.ts";

/** remark itself, on the whole text: the reference, which no cutting can reach. */
const remark = unified().use(remarkParse);

/** Every processor's `parse`, watched: parseMarkdown calls it once per piece. */
const processorParse = vi.spyOn(Object.getPrototypeOf(remark) as { parse: (file: string) => Root }, "parse");
afterAll(() => processorParse.mockRestore());

/** parseMarkdown's tree, and how many pieces it parsed the text in (1 when it parsed it whole). */
function parseCounting(text: string, chunkCharacters: number): { tree: Root; pieces: number } {
  processorParse.mockClear();
  const tree = parseMarkdown(text, chunkCharacters);
  return { tree, pieces: processorParse.mock.calls.length };
}

/** A tree without character offsets (a piece's offsets are its own; lines and columns are kept). */
function withoutOffsets(tree: Root["children"]): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === "offset" ? undefined : value)));
}

const word = fc.constantFrom("Council", "tram", "Путин", "note", "x", "2026", "*em*", "[ref]", "[link](https://example.org)", "<b>", "`code`");
const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
const lines = (min: number, max: number) => fc.array(line, { minLength: min, maxLength: max });
/** A paragraph's first line starts with a letter: the only place a text is cut. */
const paragraph = fc.tuple(fc.constantFrom("Council", "tram", "Путин", "note", "x"), lines(0, 2)).map(([first, rest]) => [first, ...rest].join("\n"));

/** Blocks that may hold blank lines, or depend on others: what a careless cut would break. */
const block = fc.oneof(
  { weight: 3, arbitrary: paragraph },
  {
    weight: 5,
    arbitrary: fc.oneof(
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
    ),
  },
);
const markdown = fc.array(block, { minLength: 1, maxLength: 30, size: "medium" }).map((blocks) => blocks.join("\n\n"));
/** A link definition, which counts everywhere in the text (even the one in code is searched for: a cheap test). */
const definition = fc.constantFrom(
  "[ref]: https://example.org/ref",
  "> [ref]: #",
  "```\n[ref]: https://example.org/in-code\n```",
  "text\n[other]: https://example.org/lazy",
  "- [ref]: https://example.org/in-a-list",
);
const markdownWithDefinition = fc.tuple(fc.array(block, { minLength: 1, maxLength: 30, size: "medium" }), definition, fc.nat()).map(([blocks, defined, at]) => {
  const index = at % (blocks.length + 1);
  return [...blocks.slice(0, index), defined, ...blocks.slice(index)].join("\n\n");
});

describe("parseMarkdown", () => {
  it("should give remark's tree, lines and columns included, when it parses a text in pieces", () => {
    let runs = 0;
    let cut = 0;
    fc.assert(
      fc.property(markdown, fc.integer({ min: 1, max: 120 }), (text, chunkCharacters) => {
        runs++;
        const { tree, pieces } = parseCounting(text, chunkCharacters);
        if (pieces > 1) cut++;
        expect(withoutOffsets(tree.children)).toEqual(withoutOffsets(remark.parse(text).children));
      }),
      { numRuns: 200 },
    );
    expect(cut, `only ${cut} of ${runs} texts were cut into pieces: the property hardly tests the cutting`).toBeGreaterThanOrEqual((runs * 2) / 3);
  });

  it("should parse a text with a link definition anywhere whole, offsets and all, as remark does", () => {
    fc.assert(
      fc.property(markdownWithDefinition, fc.integer({ min: 1, max: 120 }), (text, chunkCharacters) => {
        const { tree, pieces } = parseCounting(text, chunkCharacters);
        expect(pieces).toBe(1);
        expect(tree).toEqual(remark.parse(text));
      }),
      { numRuns: 100 },
    );
  });

  it("should cut a long text without link definitions into pieces", () => {
    const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} with a [link](https://example.org/${i}).`).join("\n\n");
    const { tree, pieces } = parseCounting(text, 1_000);
    expect(pieces).toBeGreaterThan(10);
    expect(withoutOffsets(tree.children)).toEqual(withoutOffsets(remark.parse(text).children));
  });

  it("should resolve a reference to a link defined far away, in what would be another piece", () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}.`);
    const text = ["See [the report][ref].", ...paragraphs, "[ref]: https://example.org/report"].join("\n\n");
    const [first] = parseMarkdown(text, 1_000).children;
    expect(first).toMatchObject({
      type: "paragraph",
      children: [
        { type: "text", value: "See " },
        { type: "linkReference", identifier: "ref" },
        { type: "text", value: "." },
      ],
    });
  });

  it("should parse a text shorter than a piece whole, as remark does", () => {
    const text = "Short *text*.\n\nTwo paragraphs.";
    const { tree, pieces } = parseCounting(text, 1_000);
    expect(pieces).toBe(1);
    expect(tree).toEqual(remark.parse(text));
  });
});
