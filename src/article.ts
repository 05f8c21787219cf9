/**
 * The article record: the one contract shared by the parser, the templates, `articles.json`
 * and the tests (README, The record). Plain-text fields hold text, never HTML.
 */

export interface ArticleSource {
  name: string | null;
  domain: string | null;
  url: string | null;
}

export interface ArticleImage {
  caption: string;
  credit: string | null;
}

export interface RelatedArticle {
  title: string;
  /** The archive URL of the article with this title, or null when it is not archived. */
  url: string | null;
}

export interface ArticleRecord {
  slug: string;
  url: string;
  title: string;
  /** A calendar date, `YYYY-MM-DD`. */
  date: string;
  author: string | null;
  source: ArticleSource;
  image: ArticleImage | null;
  summary: string;
  related: RelatedArticle[];
  wordCount: number;
  /** The seed's path relative to the seeds folder, with `/` separators. */
  seedFile: string;
  tags: string[];
}

/** What the parser makes of one seed: the record before the archive gives it a URL. */
export interface ParsedArticle extends Omit<ArticleRecord, "url" | "related"> {
  related: Array<{ title: string }>;
  /** The body as sanitised HTML. */
  bodyHtml: string;
  /** The body as plain text, paragraphs separated by blank lines (for search and feeds). */
  bodyText: string;
  /**
   * A hash of everything the parse read (the seed's bytes and path, the parser's version and
   * options), set by the loader: equal keys mean equal articles, bodies included.
   */
  sourceKey?: string;
}

/** A record as the templates see it: with its body, and its place among the others. */
export interface ArchivedArticle extends ArticleRecord {
  /** The URL path without the site's path prefix, e.g. `/2026/01/03/slug/`. */
  path: string;
  bodyHtml: string;
  bodyText: string;
  /** The parse's key, when the loader set one (see `ParsedArticle`). */
  sourceKey?: string;
}

export type Severity = "error" | "warning";

/**
 * A finding about a seed, located in its file: the plain record of a vfile message (made by
 * `src/parse/diagnostic.ts`), which crosses worker threads and is kept in caches as it is.
 */
export interface Diagnostic {
  severity: Severity;
  /** The seed's path relative to the seeds folder. */
  file: string;
  line: number;
  column: number;
  /** What is wrong, and what to do about it. */
  message: string;
  /** A short stable name for the rule, e.g. `missing-title`. */
  rule: string;
}
