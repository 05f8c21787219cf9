import type { Diagnostic, ParsedArticle } from "../article.ts";
import { originalUrlKey, titleKey } from "./match-keys.ts";
import { relatedFinder } from "./related-links.ts";
import { diagnostic } from "../parse/diagnostic.ts";
import type { SeedLocations } from "../parse/seed-warnings.ts";
import { groupBy } from "../common/group-by.ts";
import { bodyInMemory } from "../common/article-body.js";

export interface QaOptions {
  /** The build day, `YYYY-MM-DD`: articles dated after it are reported. */
  today: string;
  /** Where each seed's parts are, by seed file (lines are 1 for a seed not in it). */
  locations?: ReadonlyMap<string, SeedLocations>;
}

/**
 * Warnings that need more than one seed, or the build day: copies of one capture (the same source
 * URL, headline and text), duplicate date and title, related articles that are not in the archive, dates in the future. Pure, and
 * linear in the number of articles. Warnings never change the site: both duplicates are kept.
 */
export function checkArchive(articles: ParsedArticle[], { today, locations = new Map() }: QaOptions): Diagnostic[] {
  const at = (article: ParsedArticle) => locations.get(article.seedFile);
  const warnings: Diagnostic[] = [];
  for (const article of articles) warnings.push(...futureDate(article, today, at(article)));
  // Captures of one original are its versions (version-series.ts); only a plain copy is reported.
  for (const group of sharedBy(articles, sourceKeyOf)) for (const article of group) warnings.push(...plainCopies(article, group, at(article)));
  for (const group of sharedBy(articles, dateTitleKeyOf)) for (const article of group) warnings.push(...sameDateAndTitle(article, group, at(article)));
  const find = relatedFinder(articles);
  for (const article of articles) warnings.push(...unresolvedRelated(article, (title) => find({ title, href: null }) !== undefined, at(article)));
  return warnings;
}

/**
 * The checks one article gets, each given what it compares the article with: the articles with
 * its key (its group, itself included, in seed-file order), or whether some article has a title.
 * `checkArchive` runs them over a whole archive; a session that keeps its groups between builds
 * runs them for the articles a change reaches (src/incremental/kept-checks.ts).
 */
export const sourceKeyOf = (article: ParsedArticle): string | null => (article.source.url ? originalUrlKey(article.source.url) : null);
export const dateTitleKeyOf = (article: ParsedArticle): string => `${article.date} ${titleKey(article.title)}`;

export function futureDate(article: ParsedArticle, today: string, at: SeedLocations | undefined): Diagnostic[] {
  if (article.date <= today) return [];
  return [warning(article, at?.date, "future-date", `the date ${article.date} is after the build day (${today})`, "check the date; the article is listed under it")];
}

export function plainCopies(article: ParsedArticle, group: readonly ParsedArticle[], at: SeedLocations | undefined): Diagnostic[] {
  const copies = group.filter((other) => other !== article && isPlainCopy(other, article)).map((other) => other.seedFile);
  if (copies.length === 0) return [];
  return [
    warning(
      article,
      at?.source,
      "duplicate-source",
      `the same source URL, headline and text as ${list(copies)}, and no other capture time: a copy, not a new version`,
      "both are kept, as versions that show no change; delete one, or give each its `captured:` time",
    ),
  ];
}

export function sameDateAndTitle(article: ParsedArticle, group: readonly ParsedArticle[], at: SeedLocations | undefined): Diagnostic[] {
  // Captures of the same source are one article (its versions), not two.
  const others = group.filter((other) => other !== article && !sameSource(other, article)).map((other) => other.seedFile);
  if (others.length === 0) return [];
  return [warning(article, at?.title, "duplicate-title", `the same date and title as ${list(others)}`, "both are kept, each at its own URL (`-2` is added to the second); delete one if it is a copy")];
}

/** A related line with an address links out when no archived article has it: only the others lack a link. */
export function unresolvedRelated(article: ParsedArticle, titled: (title: string) => boolean, at: SeedLocations | undefined): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  article.related.forEach(({ title, href }, index) => {
    if (href || titled(title)) return;
    warnings.push(
      warning(
        article,
        at?.related[index],
        "unresolved-related",
        `the related article "${title}" is not in the archive, so it is shown without a link`,
        "add its seed to link it (titles match ignoring case and punctuation)",
      ),
    );
  });
  return warnings;
}

function warning(article: ParsedArticle, line: number | null | undefined, rule: string, reason: string, fix: string): Diagnostic {
  return diagnostic("warning", article.seedFile, { line: line ?? 1, rule, reason, fix });
}

/** Nothing a version page would show changed, and neither seed says it was captured at another time. */
function isPlainCopy(a: ParsedArticle, b: ParsedArticle): boolean {
  return a.title === b.title && a.captured === b.captured && bodyInMemory(a).html === bodyInMemory(b).html;
}

function sameSource(a: ParsedArticle, b: ParsedArticle): boolean {
  return a.source.url !== null && b.source.url !== null && originalUrlKey(a.source.url) === originalUrlKey(b.source.url);
}

/** Groups of two or more articles with the same key (articles whose key is null are left out). */
function sharedBy(articles: ParsedArticle[], key: (article: ParsedArticle) => string | null): ParsedArticle[][] {
  return [...groupBy(articles, key).values()].filter((group) => group.length >= 2);
}

function list(files: string[]): string {
  return files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
}
