import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { updateItemsForgettingTaints, type CiteprocEngine } from "../../src/parse/citeproc-taints.ts";
import { formatCitations } from "../../src/parse/format-citations.ts";
import { citationItem } from "../../src/parse/citation-item.ts";

const citeproc = createRequire(import.meta.url)("citeproc") as { Engine: { prototype: CiteprocEngine } };

const article = (n: number) => ({
  slug: `article-${n}`,
  title: `Report number ${n}`,
  date: "2024-05-02",
  author: `Jane Doe${n} and John Roe`,
  source: { url: `https://example.org/${n}`, name: "The Paper", domain: "example.org" },
});

describe("updateItemsForgettingTaints", () => {
  it("should keep no engine's marks of items it no longer holds, however many items it has formatted", () => {
    const prototype = citeproc.Engine.prototype;
    expect(prototype.updateItems).toBe(updateItemsForgettingTaints);
    const engines = new Set<CiteprocEngine>();
    prototype.updateItems = function (this: CiteprocEngine, ...args: Parameters<CiteprocEngine["updateItems"]>) {
      engines.add(this);
      return updateItemsForgettingTaints.apply(this, args);
    };
    try {
      for (let n = 0; n < 40; n++) formatCitations(citationItem(article(n)));
    } finally {
      prototype.updateItems = updateItemsForgettingTaints;
    }
    expect(engines.size).toBe(3);
    for (const engine of engines) expect(Object.keys(engine.tmp.taintedItemIDs).length).toBeLessThanOrEqual(1);
  });

  it("should format an item after many others as it formats it first", () => {
    const first = formatCitations(citationItem(article(1000)));
    for (let n = 0; n < 40; n++) formatCitations(citationItem(article(n)));
    expect(formatCitations(citationItem(article(1000)))).toEqual(first);
  });
});
