import { describe, expect, it } from "vitest";
import type { Diagnostic, ParsedArticle } from "../../src/article.ts";
import { checkArchive } from "../../src/archive/qa-checks.ts";
import { mulberry32 } from "../../src/bench/synthetic-seeds.ts";
import { byCodeUnits } from "../../src/common/order.ts";
import { KeptChecks } from "../../src/incremental/kept-checks.ts";
import type { SeedLocations } from "../../src/parse/seed-warnings.ts";
import { changedSeeds, parsedArticle, randomParsedArticle } from "../archive/fixtures.ts";

/** A random article, with where its seed's parts are. */
function randomArticle(random: () => number, seedFile: string): ParsedArticle {
  const article = randomParsedArticle(random, seedFile);
  const line = Math.floor(random() * 3);
  placesOf.set(article, { title: 1 + line, date: 2 + line, caption: null, source: 7 + line, related: article.related.map((_, index) => 10 + line + index), body: 5, end: 20 });
  return article;
}

/** Where each seed's parts are: a seed's own, as its parse found them (a changed seed is parsed again). */
const placesOf = new WeakMap<ParsedArticle, SeedLocations>();
const locations = (articles: ParsedArticle[]) =>
  new Map(articles.map((article): [string, SeedLocations] => [article.seedFile, placesOf.get(article) ?? { title: 1, date: 2, caption: null, source: 7, related: [], body: 5, end: 20 }]));

/** Warnings as a build lists them: by file (a seed's own in the order they were found). */
const byFile = (warnings: Diagnostic[]) => [...warnings].sort((a, b) => byCodeUnits(a.file, b.file));

describe("KeptChecks", () => {
  it("should find what checkArchive finds, through any sequence of seeds added, changed and removed, and of build days", () => {
    for (let run = 0; run < 20; run++) {
      const random = mulberry32(run + 1);
      const kept = new KeptChecks();
      let seeds = new Map(Array.from({ length: 12 }, (_, index) => [`s${index}.txt`, randomArticle(random, `s${index}.txt`)]));
      const count = { next: 12 };
      let today = "2026-01-10";
      for (let step = 0; step < 15; step++) {
        const articles = [...seeds.keys()].sort(byCodeUnits).map((file) => seeds.get(file)!); // in seed-file order, as a build gives them
        const options = { today, locations: locations(articles) };
        expect(byFile(kept.check(articles, options)), `run ${run}, step ${step}`).toEqual(byFile(checkArchive(articles, options)));
        const changed = changedSeeds(random, seeds, (file) => randomArticle(random, file), count);
        if (changed) seeds = changed;
        else today = today === "2026-01-10" ? "2028-01-01" : "2026-01-10";
      }
    }
  });

  it("should check again only the articles a change reaches", () => {
    const random = mulberry32(7);
    const articles = Array.from({ length: 40 }, (_, index) => randomArticle(random, `s${String(index).padStart(2, "0")}.txt`));
    const options = { today: "2026-01-10" };
    // How often a text is read to compare two captures: an article not grouped with the new one is not compared again.
    let compared = 0;
    const watched = articles.map((article) => new Proxy(article, { get: (target, key) => (key === "bodyHtml" && compared++, Reflect.get(target, key)) }));
    const kept = new KeptChecks();
    kept.check(watched, options);
    const full = compared;
    compared = 0;
    const added = parsedArticle({ seedFile: "zz.txt", title: "Something Else Entirely", date: "2025-01-01" });
    const again = kept.check([...watched, added], options);
    expect(compared).toBe(0);
    expect(full).toBeGreaterThan(0);
    expect(byFile(again)).toEqual(byFile(checkArchive([...watched, added], options)));
  });

  it("should keep nothing in a session of one build", () => {
    const articles = [parsedArticle({ seedFile: "a.txt", date: "2027-01-01" })];
    const once = new KeptChecks(false);
    expect(once.check(articles, { today: "2026-01-10" })).toEqual(checkArchive(articles, { today: "2026-01-10" }));
    expect((once as unknown as { last: unknown }).last).toBeNull();
  });
});
