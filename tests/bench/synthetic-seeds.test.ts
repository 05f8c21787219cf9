import { describe, expect, it } from "vitest";
import { generateSeeds, makeExtraSeed } from "../../src/bench/synthetic-seeds.ts";

const seeds = generateSeeds(300, { seed: 42 });
const titleOf = (text: string): string => /^# (.+)$/m.exec(text)?.[1] ?? "";
const DATE = /^(\w+\.? \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}|\d{4}-\d{2}-\d{2})( \d{2}:\d{2})?$/;

/** Words of the prose (caption without credit, body, subheadings), without header lines or link targets. */
function proseWords(text: string): number {
  const lines = text.split("\n").filter((l) => !/^# |^By [A-Z][a-z]+ [A-Z][a-z]+$|^\*\*Related article:\*\*|^Original url:|^<https?:/.test(l) && !DATE.test(l));
  const plain = lines
    .map((l) => l.replace(/ \*\*[^*]+\*\*$/, "").replace(/^## /, ""))
    .join(" ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  return plain.split(/\s+/).filter(Boolean).length;
}

describe("generateSeeds", () => {
  it("should give the same seeds for the same seed number", () => {
    expect(generateSeeds(300, { seed: 42 })).toEqual(seeds);
    expect(generateSeeds(5, { seed: 7 })).not.toEqual(generateSeeds(5, { seed: 8 }));
  });

  it("should name files NNNNNN_<hex>.txt, uniquely", () => {
    for (const s of seeds) expect(s.file).toMatch(/^\d{6}_[0-9a-f]{16}\.txt$/);
    expect(new Set(seeds.map((s) => s.file)).size).toBe(seeds.length);
  });

  it("should write 500 to 900 words of prose per article", () => {
    for (const s of seeds) {
      const n = proseWords(s.text);
      expect(n, s.file).toBeGreaterThanOrEqual(500);
      expect(n, s.file).toBeLessThanOrEqual(900);
    }
  });

  it("should give every article a unique title", () => {
    const titles = seeds.map((s) => titleOf(s.text));
    expect(titles.every(Boolean)).toBe(true);
    expect(new Set(titles.map((t) => t.toLowerCase())).size).toBe(seeds.length);
  });

  it("should only relate to titles of generated articles", () => {
    const titles = new Set(seeds.map((s) => titleOf(s.text)));
    const related = seeds.flatMap((s) => [...s.text.matchAll(/^\*\*Related article:\*\* \[(.+)\]\(#\)$/gm)].map((m) => m[1]));
    expect(related.length).toBeGreaterThan(100);
    for (const t of related) expect(titles.has(t ?? "")).toBe(true);
  });

  it("should vary the shape: date formats, bylines, Cyrillic, outlets", () => {
    const all = seeds.map((s) => s.text).join("\n");
    expect(all).toMatch(/^[A-Z][a-z]+ \d{2}, \d{4}$/m);
    expect(all).toMatch(/^[A-Z][a-z]{2}\. \d{1,2}, \d{4}$/m);
    expect(all).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/m);
    expect(all).toMatch(/^\d{4}-\d{2}-\d{2}$/m);
    expect(all).toMatch(/^By [A-Z]/m);
    expect(all).toMatch(/ \*\*[^*]+\*\*$/m);
    expect(seeds.some((s) => /[а-я]/.test(titleOf(s.text)))).toBe(true);
    for (const o of ["themoscowtimes.com", "reuters.com", "apnews.com", "bbc.co.uk", "meduza.io", "theguardian.com"]) {
      expect(all).toContain(`<https://www.${o}/`);
    }
    const years = new Set([...all.matchAll(/^<https:\/\/www\.[^/]+\/(\d{4})\//gm)].map((m) => m[1]));
    expect(years.size).toBeGreaterThanOrEqual(12);
  });
});

describe("makeExtraSeed", () => {
  it("should give a new, deterministic seed whose URL follows from its title and date", () => {
    const a = makeExtraSeed(3);
    expect(makeExtraSeed(3)).toEqual(a);
    expect(makeExtraSeed(4).title).not.toBe(a.title);
    expect(titleOf(a.text)).toBe(a.title);
    expect(a.title).toMatch(/^[A-Za-z0-9 ]+$/);
    expect(a.urlPath).toBe(`/${a.date.replaceAll("-", "/")}/${a.title.toLowerCase().replaceAll(" ", "-")}/`);
    expect(seeds.map((s) => s.file)).not.toContain(a.file);
  });
});
