import type { ArchivedArticle, ArticleRecord, ParsedArticle } from "../article.ts";
import { normalisePrefix } from "../site.config.ts";
import { byCodeUnits } from "../common/order.ts";
import { archivedImage } from "./picture-files.ts";
import { relatedFinder } from "./related-links.ts";

/**
 * Turns parsed seeds into the archive: each article gets its unique, stable URL
 * (`/YYYY/MM/DD/slug/`, with `-2`, `-3`, … for repeats in seed-file order), related lines are
 * resolved to archive URLs (by address, then by title), and the articles are ordered newest first. Pure, and linear in the
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

  const find = relatedFinder(withPaths.map(({ article, path }) => ({ title: article.title, source: article.source, url: prefix + path.slice(1) })));
  const archived = withPaths.map(({ article, path, slug }): ArchivedArticle => {
    const url = prefix + path.slice(1);
    const related = article.related.map(({ title, href }) => ({ title, url: find({ title, href })?.url ?? null, href }));
    return { ...article, slug, path, url, image: archivedImage(article, url), related };
  });
  // Newest first; on the same day, in seed-file order.
  return archived.sort((a, b) => byCodeUnits(b.date, a.date) || byCodeUnits(a.seedFile, b.seedFile));
}

/**
 * What the archive added to a parsed article (everything `assembleArchive` sets). With the
 * article's `sourceKey`, which stands for everything the parse made, it determines the article.
 */
export function assembledPart({ slug, path, url, image, related }: ArchivedArticle): Pick<ArchivedArticle, "slug" | "path" | "url" | "image" | "related"> {
  return { slug, path, url, image, related };
}

/** The record as `articles.json` holds it (README, The record): no body, no internal path. */
export function toRecord(article: ArchivedArticle): ArticleRecord {
  const { slug, url, title, date, author, source, image, summary, related, wordCount, seedFile, seedSha256, tags } = article;
  return { slug, url, title, date, author, source, image, summary, related, wordCount, seedFile, seedSha256, tags };
}
