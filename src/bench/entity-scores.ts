/**
 * How well the parser finds people, places and organisations, against hand-written expectations
 * (`tests/fixtures/entities/expected.json`): precision and recall per kind, and the precision of
 * the entity pages the site would make (names in at least two articles).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleEntities, EntityKind } from "../article.ts";
import { ENTITY_KINDS, nameKey } from "../parse/entity-names.ts";
import { parseSeed } from "../parse/parse-seed.ts";
import { siteConfig } from "../site.config.ts";

export type Expected = Record<string, ArticleEntities & { ignore: string[] }>;

export interface KindScore {
  found: number;
  correct: number;
  expected: number;
  precision: number;
  recall: number;
}

export interface EntityScores {
  kinds: Record<EntityKind, KindScore>;
  /** Pages made (names of one kind in ≥2 articles), and how many of them the expectations make too. */
  pages: { made: number; correct: number; precision: number; wrong: string[] };
  misses: string[];
  extras: string[];
}

/** Each fixture seed's entities as the parser finds them, by file name. */
export function parseFixture(dir: string): Record<string, ArticleEntities> {
  const found: Record<string, ArticleEntities> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".txt"))) {
    const result = parseSeed(readFileSync(join(dir, file), "utf8"), file, { outlets: siteConfig.outlets, entities: siteConfig.entities });
    if (result.ok) found[file] = result.article.entities;
  }
  return found;
}

export function scoreEntities(found: Record<string, ArticleEntities>, expected: Expected): EntityScores {
  const kinds = {} as Record<EntityKind, KindScore>;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const kind of ENTITY_KINDS) {
    let correct = 0;
    let foundCount = 0;
    let expectedCount = 0;
    for (const [file, want] of Object.entries(expected)) {
      const ignore = new Set(want.ignore.map(nameKey));
      const wanted = new Set(want[kind].map(nameKey));
      const got = (found[file]?.[kind] ?? []).filter((name) => !ignore.has(nameKey(name)));
      expectedCount += wanted.size;
      foundCount += got.length;
      for (const name of got) (wanted.has(nameKey(name)) ? () => correct++ : () => extras.push(`${file} ${kind}: ${name}`))();
      const gotKeys = new Set(got.map(nameKey));
      for (const name of want[kind]) if (!gotKeys.has(nameKey(name))) misses.push(`${file} ${kind}: ${name}`);
    }
    kinds[kind] = { found: foundCount, correct, expected: expectedCount, precision: ratio(correct, foundCount), recall: ratio(correct, expectedCount) };
  }
  const pages = { made: 0, correct: 0, precision: 1, wrong: [] as string[] };
  for (const kind of ENTITY_KINDS) {
    const articlesOf = (entities: Record<string, ArticleEntities>) => {
      const count = new Map<string, number>();
      for (const one of Object.values(entities)) for (const name of new Set(one[kind].map(nameKey))) count.set(name, (count.get(name) ?? 0) + 1);
      return count;
    };
    const madeCounts = articlesOf(found);
    const wantCounts = articlesOf(expected);
    for (const [name, count] of madeCounts) {
      if (count < 2) continue;
      pages.made++;
      if ((wantCounts.get(name) ?? 0) >= 2) pages.correct++;
      else pages.wrong.push(`${kind}: ${name}`);
    }
  }
  pages.precision = ratio(pages.correct, pages.made);
  return { kinds, pages, misses, extras };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
