import type { ArchivedArticle, ArchivedVersion, ArticleRecord, ArticleVersionRecord, ParsedArticle } from "../article.ts";
import { normalisePrefix } from "../site.config.ts";
import { byCodeUnits } from "../common/order.ts";
import { bodyInMemory } from "../common/article-body.js";
import { archivedImage } from "./picture-files.ts";
import { relatedFinder } from "./related-links.ts";
import { captureTime, versionSeries } from "./version-series.ts";

/**
 * Turns parsed seeds into the archive: the captures of one original (same source URL) become one
 * article with versions (`version-series.ts`), each article gets its unique, stable URL
 * (`/YYYY/MM/DD/slug/` of its first capture, with `-2`, `-3`, … for repeats in seed-file order) and
 * shows its newest capture, related lines are resolved to archive URLs (by address, then by title),
 * and the articles are ordered newest first. Pure, and linear in the number of articles.
 *
 * `last`, the archive a lasting session assembled before (empty at first): an article made again
 * from the same captures, at the same URL, with its related lines finding the same articles, is
 * that archive's object (equal to a new one), so that what later stages work out from an article
 * once (its list item, its token) they do not work out again on every save of `npm start`. Given
 * `last`, the articles remember their captures (weakly) for the next call, which changes no answer
 * but which objects it is made of; without, they hold none (a one-off build renders with the
 * archive alone in memory).
 */
export function assembleArchive(parsed: ParsedArticle[], pathPrefix = "/", last?: readonly ArchivedArticle[]): ArchivedArticle[] {
  const prefix = normalisePrefix(pathPrefix);
  const lastByPath = new Map(last?.map((article) => [article.path, article]));
  // A new capture never moves an article: its URL is its first capture's, in that seed's order.
  const inSeedOrder = versionSeries(parsed).sort((a, b) => byCodeUnits(a[0]!.seedFile, b[0]!.seedFile));
  const taken = new Set<string>();
  const withPaths = inSeedOrder.map((captures) => {
    const first = captures[0]!;
    const base = `/${first.date.replaceAll("-", "/")}/${first.slug}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    return { captures, article: captures.at(-1)!, date: first.date, path: `${candidate}/`, slug: candidate.slice(candidate.lastIndexOf("/") + 1) };
  });

  // An earlier headline names the article too, after every current one.
  const entry = (title: string, article: ParsedArticle, path: string) => ({ title, source: article.source, url: prefix + path.slice(1) });
  const earlierTitles = withPaths.flatMap(({ captures, article, path }) => captures.slice(0, -1).map((capture) => entry(capture.title, article, path)));
  const find = relatedFinder([...withPaths.map(({ article, path }) => entry(article.title, article, path)), ...earlierTitles]);
  const archived = withPaths.map(({ captures, article, date, path, slug }): ArchivedArticle => {
    const url = prefix + path.slice(1);
    const targets = article.related.map(({ title, href }) => find({ title, href })?.url ?? null);
    const before = lastByPath.get(path);
    if (before && before.url === url && sameItems(madeFrom.get(before), captures) && before.related.every((line, index) => line.url === targets[index])) return before;
    const related = article.related.map(({ title, href }, index) => ({ title, url: targets[index]!, href }));
    const assembled: ArchivedArticle = { ...article, date, slug, path, url, image: archivedImage(article, url), related };
    if (captures.length > 1) assembled.versions = captures.map((capture, index) => archivedVersion(capture, index + 1, path, prefix));
    if (last) madeFrom.set(assembled, captures);
    return assembled;
  });
  // Newest first; on the same day, in seed-file order.
  return archived.sort((a, b) => byCodeUnits(b.date, a.date) || byCodeUnits(a.seedFile, b.seedFile));
}

/** The captures each archived article was made from, oldest first (its date, slug, text and versions are theirs). */
const madeFrom = new WeakMap<ArchivedArticle, readonly ParsedArticle[]>();

const sameItems = <T>(a: readonly T[] | undefined, b: readonly T[]): boolean => a?.length === b.length && a.every((item, index) => item === b[index]);

function archivedVersion(capture: ParsedArticle, n: number, articlePath: string, prefix: string): ArchivedVersion {
  const path = `${articlePath}v/${n}/`;
  const { title, wordCount, seedFile, sourceKey } = capture;
  const bodyText = bodyInMemory(capture).text; // a capture of several: the loader keeps its body in memory
  const version: ArchivedVersion = { n, url: prefix + path.slice(1), captured: captureTime(capture), title, wordCount, path, seedFile, bodyText };
  if (sourceKey) version.sourceKey = sourceKey;
  return version;
}

/**
 * What the archive added to a parsed article (everything `assembleArchive` sets). With the
 * article's `sourceKey`, which stands for everything the parse made, it determines the article.
 */
export function assembledPart({ slug, date, path, url, image, related, versions }: ArchivedArticle): Pick<ArchivedArticle, "slug" | "date" | "path" | "url" | "image" | "related" | "versions"> {
  // A version's text is its parse's, which its key stands for.
  const light = versions?.map(({ bodyText, ...version }) => (version.sourceKey ? version : { ...version, bodyText }));
  return { slug, date, path, url, image, related, ...(light ? { versions: light as ArchivedVersion[] } : {}) };
}

/** The record as `articles.json` holds it (README, The record): no body, no internal path. */
export function toRecord(article: ArchivedArticle): ArticleRecord {
  const { slug, url, title, date, author, source, image, summary, related, wordCount, seedFile, seedSha256, tags, entities, captured, versions } = article;
  const record: ArticleRecord = { slug, url, title, date, author, source, image, summary, related, wordCount, seedFile, seedSha256, tags, entities };
  if (captured) record.captured = captured;
  if (versions) record.versions = versions.map(versionRecord);
  return record;
}

/** A version as the record lists it (README, The record): no text, no internal path. */
function versionRecord(version: ArchivedVersion): ArticleVersionRecord {
  const { n, url, captured, title, wordCount } = version;
  return { n, url, captured, title, wordCount };
}
