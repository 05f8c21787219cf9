import type { ArchivedArticle, ArticleRecord, ParsedArticle } from "../article.ts";
import { memoize } from "../common/memoize.ts";
import { byCodeUnits } from "../common/order.ts";

/**
 * Turns parsed seeds into the archive: each article gets its unique, stable URL
 * (`/YYYY/MM/DD/slug/`, with `-2`, `-3`, … for repeats in seed-file order), related titles are
 * resolved to archive URLs, and the articles are ordered newest first. Pure, and linear in the
 * number of articles.
 */
export function assembleArchive(parsed: ParsedArticle[], pathPrefix = "/"): ArchivedArticle[] {
  const prefix = normalisePrefix(pathPrefix);
  const inSeedOrder = [...parsed].sort((a, b) => byCodeUnits(a.seedFile, b.seedFile));
  const taken = new Set<string>();
  const withPaths = inSeedOrder.map((article) => {
    const base = `/${article.date.replaceAll("-", "/")}/${article.slug}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    return { article, path: `${candidate}/`, slug: candidate.slice(candidate.lastIndexOf("/") + 1) };
  });

  const byTitle = new Map<string, string>();
  for (const { article, path } of withPaths) {
    const key = titleKey(article.title);
    if (!byTitle.has(key)) byTitle.set(key, prefix + path.slice(1));
  }

  const archived = withPaths.map(({ article, path, slug }) => {
    const url = prefix + path.slice(1);
    const related = article.related.map(({ title }) => ({ title, url: byTitle.get(titleKey(title)) ?? null }));
    return sameAsBefore(article, path, url, related) ?? remember(article, { ...article, slug, path, url, related });
  });
  // Newest first; on the same day, in seed-file order.
  return archived.sort((a, b) => byCodeUnits(b.date, a.date) || byCodeUnits(a.seedFile, b.seedFile));
}

/**
 * What each parsed article was assembled into last time. When a parsed article (the same object:
 * the loader keeps one per cached parse result) gets the same place again, the same archived
 * object is returned, and what later steps remember of it (its list item, its key's token) is
 * found again: `npm start` assembles the whole archive on every save.
 */
const assembled = new WeakMap<ParsedArticle, ArchivedArticle>();

function sameAsBefore(article: ParsedArticle, path: string, url: string, related: ArchivedArticle["related"]): ArchivedArticle | undefined {
  const before = assembled.get(article);
  if (!before || before.path !== path || before.url !== url) return undefined;
  const same = before.related.length === related.length && related.every((link, index) => link.url === before.related[index]!.url);
  return same ? before : undefined;
}

function remember(article: ParsedArticle, archived: ArchivedArticle): ArchivedArticle {
  assembled.set(article, archived);
  return archived;
}

/**
 * What the archive added to a parsed article (everything `assembleArchive` sets). With the
 * article's `sourceKey`, which stands for everything the parse made, it determines the article.
 */
export function assembledPart({ slug, path, url, related }: ArchivedArticle): Pick<ArchivedArticle, "slug" | "path" | "url" | "related"> {
  return { slug, path, url, related };
}

/** The record as `articles.json` holds it (README, The record): no body, no internal path. */
export function toRecord(article: ArchivedArticle): ArticleRecord {
  const { slug, url, title, date, author, source, image, summary, related, wordCount, seedFile, tags } = article;
  return { slug, url, title, date, author, source, image, summary, related, wordCount, seedFile, tags };
}

/**
 * Titles match ignoring case, punctuation and spacing: `Russia’s Economy` = `russias economy`.
 * Remembered: each title is keyed several times a build.
 */
export const titleKey = memoize((title) => title.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, "").replace(/\s+/g, " ").trim());

export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
