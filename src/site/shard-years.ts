/**
 * Which years a shard of a split build (`npm run build -- --shard K/N`) builds, and which pages
 * are a year's. Pure. Every shard plans the whole site (URLs, related links and lists need every
 * article) but renders only its years' pages; `npm run merge` renders the pages of no year.
 */
import type { ArchivedArticle } from "../article.ts";
import { byCodeUnits } from "../common/order.ts";
import type { Page } from "./pages.ts";
import { yearOf } from "../common/calendar-date.ts";

/** Shard `index` of `count`, both from 1: `--shard 2/8` is `{ index: 2, count: 8 }`. */
export interface ShardSpec {
  index: number;
  count: number;
}

/**
 * The years of each of `count` shards, balanced by number of articles: the years, most articles
 * first (a tie: the older year first), each go to the shard that has the fewest articles so far
 * (a tie: the lower number). Each shard's years come newest first. With more shards than years,
 * the last shards get none. Deterministic: every machine cuts the same archive the same way.
 */
export function balanceYears(articlesByYear: ReadonlyMap<string, number>, count: number): string[][] {
  const shards = Array.from({ length: count }, () => ({ years: [] as string[], articles: 0 }));
  const years = [...articlesByYear].sort(([yearA, a], [yearB, b]) => b - a || byCodeUnits(yearA, yearB));
  for (const [year, articles] of years) {
    const lightest = shards.reduce((best, shard) => (shard.articles < best.articles ? shard : best));
    lightest.years.push(year);
    lightest.articles += articles;
  }
  return shards.map((shard) => shard.years.sort((a, b) => byCodeUnits(b, a)));
}

/** How many articles each year has. */
export function countByYear(articles: readonly ArchivedArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(yearOf(article.date), (counts.get(yearOf(article.date)) ?? 0) + 1);
  return counts;
}

/** The years shard `spec` builds. */
export function shardYears(articles: readonly ArchivedArticle[], spec: ShardSpec): string[] {
  return balanceYears(countByYear(articles), spec.count)[spec.index - 1]!;
}

/**
 * The year a page belongs to, or null for the pages that span years (lists, outlets, tags, on
 * this day, feeds, the sitemap, `articles.json`…). A year's pages: its articles and what lives
 * in an article's folder (its pictures' files, its versions, its reference downloads), its year,
 * month and day pages, its records' file, and its months' archived feed documents.
 */
export function pageYear(page: Page): string | null {
  switch (page.kind) {
    case "article":
      return yearOf(page.article.date);
    case "picture":
    case "cite":
    case "version":
    case "versions":
    case "period":
    case "records":
      return /^\/(\d{4})\//.exec(page.path)![1]!;
    case "atom":
      return page.history?.archived ? /^\/feed\/archive\/(\d{4})-/.exec(page.path)![1]! : null;
    default:
      return null;
  }
}
