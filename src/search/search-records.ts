/**
 * What the search index holds, as data: one Pagefind record per article, and the plan that
 * splits the records into one index ("shard") per year, or per part of a large year. The plan
 * reads no file, so the build can compare a shard's key with the last build's and skip
 * unchanged shards; a shard's records name the bodies the indexing thread reads.
 */
import { createHash } from "node:crypto";
import type { ArchivedArticle } from "../article.ts";
import { bodyOf, carriesBody } from "../common/article-body.js";
import { recordContent, type StoredContent } from "./record-content.js";
import { byCodeUnits } from "../common/order.ts";
import { siteConfig, type SiteConfig } from "../site.config.ts";
import { articleTags } from "../site/tag-pages.ts";
import { entityIndex, type EntityIndex, KIND_LABELS, pagedEntityNames } from "../site/entity-index.ts";
import { ENTITY_KINDS } from "../parse/entity-names.ts";
import { PAGEFIND_VERSION } from "./pagefind-version.ts";
import { groupBy } from "../common/group-by.ts";
import { monthOf, yearOf } from "../common/calendar-date.ts";

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  /** The article's path without the site's prefix: the browser adds the prefix (its `baseUrl`). */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** A record as a shard's job sends it: its text, or where the indexing thread reads it (`withContent`). */
export type RecordToIndex = SearchRecord | (Omit<SearchRecord, "content"> & { stored: StoredContent });

export interface SearchShard {
  /** The shard's name and folder under `pagefind/`: its articles' year, e.g. `2025`, or a part of the year, `2025-2` (parts count from the oldest). */
  id: string;
  /** Its articles' year. */
  year: string;
  /** Its articles, newest first (then by URL), so that the same set always gives the same index. */
  articles: ArchivedArticle[];
  /** A hash of everything that goes into the shard's index: same key, same index. */
  key: string;
  /** Each article's `person`, `place` and `organisation` filters, by path (only entities with a page, so they depend on the other articles). */
  entityFilters: ReadonlyMap<string, EntityFilters>;
}

export type EntityFilters = Partial<Record<"person" | "place" | "organisation", string[]>>;

/** Part of every key: raise it when the records or the files written from them change shape. */
const INDEX_FORMAT = 5;

/** At most this many characters of the summary go into a result's metadata. */
const SUMMARY_LENGTH = 300;

/**
 * The record for one article. Searchable: the title (as Pagefind's `title` metadata, which it
 * searches and ranks above the text, and which keeps it out of the excerpts), the photo caption
 * and the body. Every record gets the site's language, so one search finds articles in any
 * script. The other metadata is searchable too, so it holds no month names (the page formats
 * the date): "march" should not find every article from March.
 */
export function searchRecord(article: ArchivedArticle, language: string, entities: EntityFilters = {}): SearchRecord {
  return { ...recordOf(article, language, entities), content: recordContent(article.image?.caption, bodyOf(article).text, article.title) };
}

/** The record without its text. */
function recordOf(article: ArchivedArticle, language: string, entities: EntityFilters): Omit<SearchRecord, "content"> {
  const meta: Record<string, string> = {
    title: article.title,
    date: article.date,
    summary: truncate(article.summary, SUMMARY_LENGTH),
  };
  if (article.source.name) meta.outlet = article.source.name;
  return { url: article.path, language, meta, filters: recordFilters(article, entities), sort: { date: article.date } };
}

/**
 * The record's filters: its year, its month, its outlet and its tags (as the article spells them:
 * these are made from its article alone, so that a shard's key stands for them), and the people,
 * places and organisations it names that have pages (which the shard's key holds as they are).
 */
function recordFilters(article: ArchivedArticle, entities: EntityFilters): Record<string, string[]> {
  const filters: Record<string, string[]> = { year: [yearOf(article.date)], month: [monthOf(article.date)] };
  if (article.source.name) filters.outlet = [article.source.name];
  const tags = articleTags(article);
  if (tags.length > 0) filters.tag = tags;
  return { ...filters, ...entities };
}

/** The `person`, `place` and `organisation` filters of each article, by path. */
export function entityFiltersOf(articles: readonly ArchivedArticle[], index: EntityIndex = entityIndex(articles)): Map<string, EntityFilters> {
  const byPath = new Map<string, EntityFilters>();
  for (const article of articles) {
    const filters: EntityFilters = {};
    for (const kind of ENTITY_KINDS) {
      const names = pagedEntityNames(article, index, kind);
      if (names.length > 0) filters[KIND_LABELS[kind].filter as keyof EntityFilters] = names;
    }
    byPath.set(article.path, filters);
  }
  return byPath;
}

type ShardLimits = SiteConfig["searchShards"];

/**
 * The search shards: one a year, newest year first, or a year's parts when it holds more than
 * `limits` (`yearParts`), newest part first; each with the key of its records. A part is a
 * Pagefind process's work, so the limits bound the memory indexing needs, however full a year.
 */
export function planSearchShards(articles: ArchivedArticle[], language = siteConfig.language, entities = entityIndex(articles), limits: ShardLimits = siteConfig.searchShards): SearchShard[] {
  const byYear = groupBy(articles, (article) => yearOf(article.date));
  const entityFilters = entityFiltersOf(articles, entities);
  return [...byYear.entries()]
    .sort(([a], [b]) => byCodeUnits(b, a))
    .flatMap(([year, list]) => {
      const parts = yearParts(list, limits);
      return parts.reverse().map((part, index) => {
        const sorted = part.sort((a, b) => byCodeUnits(b.date, a.date) || byCodeUnits(a.path, b.path));
        const id = parts.length === 1 ? year : `${year}-${parts.length - index}`;
        return { id, year, articles: sorted, key: shardKey(sorted, language, entityFilters, id), entityFilters };
      });
    });
}

/**
 * A year's articles cut into parts within `limits`, oldest first. Whole days go into a part while
 * they fit, so that an article of the newest day changes the newest part alone (what a save adds,
 * most often); a day over the limits on its own is cut between its articles.
 */
function yearParts(articles: ArchivedArticle[], limits: ShardLimits): ArchivedArticle[][] {
  const oldestFirst = [...articles].sort((a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.path, b.path));
  const days = [...groupBy(oldestFirst, (article) => article.date).values()];
  // A day that fits comes back whole; one that does not, in pieces that do.
  const pieces = days.flatMap((day) =>
    fill(
      day.map((article) => [article]),
      limits,
    ),
  );
  return fill(pieces, limits);
}

/** Pieces joined in order into as few lists within `limits` as keep their order (a piece over them stays alone). */
function fill(pieces: ArchivedArticle[][], limits: ShardLimits): ArchivedArticle[][] {
  const lists: ArchivedArticle[][] = [];
  let current: ArchivedArticle[] = [];
  let words = 0;
  for (const piece of pieces) {
    const pieceWords = wordsOf(piece);
    if (current.length > 0 && (current.length + piece.length > limits.articles || words + pieceWords > limits.words)) {
      lists.push(current);
      current = [];
      words = 0;
    }
    current.push(...piece);
    words += pieceWords;
  }
  if (current.length > 0) lists.push(current);
  return lists;
}

const wordsOf = (articles: ArchivedArticle[]) => articles.reduce((sum, article) => sum + article.wordCount, 0);

/** How many of a shard's articles have each filter value, in the shape of Pagefind's `filters()`. */
export function shardFacets(articles: ArchivedArticle[], entityFilters: ReadonlyMap<string, EntityFilters> = new Map()): Record<string, Record<string, number>> {
  // `tag` appears once an article has one.
  const facets: Record<string, Record<string, number>> = { year: {}, month: {}, outlet: {} };
  for (const article of articles) {
    for (const [name, values] of Object.entries(recordFilters(article, entityFilters.get(article.path) ?? {}))) {
      const counts = (facets[name] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return facets;
}

/**
 * A shard's records: each article's, with the shard's id as the `shard` filter. The search page
 * sorts by date one shard at a time with it, since Pagefind orders the results of merged bundles
 * by score alone, and a year in parts is several bundles. A body kept in the parse cache is
 * named, not read: the indexing thread reads it (`withContent`), so that this thread, which
 * holds the archive, never holds a shard's text (at 100,000 articles, half a gigabyte read through it).
 */
export function shardRecords({ id, articles, entityFilters }: SearchShard, language: string): RecordToIndex[] {
  return articles.map((article) => {
    const entities = entityFilters.get(article.path);
    const record: RecordToIndex =
      carriesBody(article) || !article.bodyFile
        ? searchRecord(article, language, entities)
        : { ...recordOf(article, language, entities ?? {}), stored: { bodyFile: article.bodyFile, seedFile: article.seedFile, caption: article.image?.caption ?? null, title: article.title } };
    record.filters.shard = [id];
    return record;
  });
}

/** The hash of a shard's id and records, the index format and the Pagefind version (a new version writes new files). */
export function shardKey(articles: ArchivedArticle[], language: string, entityFilters: ReadonlyMap<string, EntityFilters> = new Map(), id = ""): string {
  const hash = createHash("sha256").update(`broadsheet search ${INDEX_FORMAT}, pagefind ${PAGEFIND_VERSION}, ${language}, shard ${id}\n`);
  for (const article of articles) {
    // A record is made of the parse's results and the path: where the parse's key stands for them,
    // it is hashed instead: all the records' text, on every rebuild, cost too much (measured: see docs/performance.md).
    const entities = entityFilters.get(article.path) ?? {};
    hash.update(article.sourceKey ? `${article.sourceKey} ${article.path} ${JSON.stringify(entities)}\n` : `${JSON.stringify(searchRecord(article, language, entities))}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
