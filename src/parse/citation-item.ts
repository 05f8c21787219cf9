import type { ParsedArticle } from "../article.ts";

/**
 * Stands for the archive copy's absolute URL in a reference made before the archive gives the
 * article its address (the parse): the site stage puts the URL in its place. A URL itself, so the
 * styles treat it as they treat any address.
 */
export const ARCHIVE_URL_TOKEN = "https://archive-url.invalid/";

/** A CSL name: a person's given and family names, or an organisation's name as it is. */
export type CslName = { given: string; family: string } | { literal: string };

/** A CSL-JSON item (https://github.com/citation-style-language/schema, csl-data.json) for a newspaper article. */
export interface CslItem {
  id: string;
  type: "article-newspaper";
  title: string;
  "container-title"?: string;
  author?: CslName[];
  issued: { "date-parts": [[number, number, number]] };
  accessed: { "date-parts": [[number, number, number]] };
  URL: string;
  archive?: string;
  archive_location?: string;
  note?: string;
}

type CitedArticle = Pick<ParsedArticle, "slug" | "title" | "date" | "author" | "source" | "captured">;

/**
 * The article as a CSL item: a newspaper article in its outlet, by its byline's names, at its
 * original address (or the archive copy's, where the seed gives none), accessed when it was
 * captured, or on its date where the capture time is not known.
 */
export function citationItem(article: CitedArticle, archiveUrl = ARCHIVE_URL_TOKEN): CslItem {
  const authors = article.author ? bylineNames(article.author) : [];
  return {
    id: article.slug,
    type: "article-newspaper",
    title: article.title,
    ...(article.source.name ? { "container-title": article.source.name } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    issued: { "date-parts": [dateParts(article.date)] },
    accessed: { "date-parts": [dateParts(accessDate(article))] },
    URL: article.source.url ?? archiveUrl,
  };
}

/** The day the original was read: the capture's date, else the article's. */
export function accessDate(article: Pick<ParsedArticle, "date" | "captured">): string {
  return article.captured?.slice(0, 10) ?? article.date;
}

/** A byline's names: `Jane Doe and John Roe`, `Jane Doe, John Roe & Ann Poe`; one word is an organisation (`Reuters`). */
export function bylineNames(byline: string): CslName[] {
  return byline
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const words = name.split(/\s+/);
      return words.length < 2 ? { literal: name } : { given: words.slice(0, -1).join(" "), family: words.at(-1)! };
    });
}

function dateParts(date: string): [number, number, number] {
  const [year, month, day] = date.split("-").map(Number);
  return [year!, month!, day!];
}
