import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWhitespace } from "../../src/parse/plain-text.ts";

/** Whitespace of every kind \s matches, single and in runs, among words. */
const piece = fc.oneof(fc.constantFrom("word", "Путин", "2026", "’", "x"), fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", " \t ", "\n\n"));

describe("foldWhitespace", () => {
  it("should fold text exactly as replace(/\\s+/g, ' ').trim() does", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join("")),
        (text) => {
          expect(foldWhitespace(text)).toBe(text.replace(/\s+/g, " ").trim());
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => foldWhitespace(text) === text.replace(/\s+/g, " ").trim()),
      { numRuns: 2000 },
    );
  });
});
