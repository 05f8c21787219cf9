import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { findMacro, walkStyle } from "../../src/parse/citeproc-macros.ts";
import { formatCitations } from "../../src/parse/format-citations.ts";
import { citationItem } from "../../src/parse/citation-item.ts";

const citeproc = createRequire(import.meta.url)("citeproc") as { XmlJSON: { prototype: { getNodesByName: typeof findMacro } } };

describe("findMacro", () => {
  it("should find every macro the three styles call as citeproc's own walk finds it, the same nodes in the same order", () => {
    const prototype = citeproc.XmlJSON.prototype;
    expect(prototype.getNodesByName).toBe(findMacro);
    let compared = 0;
    const differing: string[] = [];
    prototype.getNodesByName = function (this: ThisParameterType<typeof findMacro>, ...args: Parameters<typeof findMacro>) {
      const fast = findMacro.apply(this, args);
      if (args[1] === "macro" && args[2] && !args[3]) {
        const slow = walkStyle.apply(this, args);
        if (fast.length === 0 || fast.length !== slow.length || fast.some((node, index) => node !== slow[index])) differing.push(args[2]);
        compared++;
      }
      return fast;
    };
    try {
      // A new item type and name shape make the engines look up their macros (each style's engine is built on first use).
      formatCitations(
        citationItem({ slug: "s", title: "A Title", date: "2024-05-02", author: "Jane Doe and John Roe", source: { url: "https://example.org/a", name: "The Paper", domain: "example.org" } }),
      );
    } finally {
      prototype.getNodesByName = findMacro;
    }
    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });
});
