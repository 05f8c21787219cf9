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
  /** The caption paragraph's text; empty for a lead picture without one. */
  caption: string;
  credit: string | null;
  /**
   * The lead picture's address: an http(s) address, or (for a picture beside the seed) its copy in
   * the archive; null without a picture, or when its address cannot be archived. In a parsed
   * article, a picture beside the seed is the relative path as the seed writes it.
   */
  url: string | null;
  /** The lead picture's alt text; null without a picture. */
  alt: string | null;
}

export interface RelatedArticle {
  title: string;
  /** The archive URL of the article with this address or title, or null when it is not archived. */
  url: string | null;
  /** The address the related line gives (an http(s) URL), or null when it gives none. */
  href: string | null;
}

/** A picture beside a seed that the seed shows as its lead picture, as the loader found it. */
export interface LocalPicture {
  /** Its path relative to the seeds folder, with `/` separators. */
  file: string;
  /** Its absolute path, for the render step to read. */
  path: string;
  /** A SHA-256 of its bytes. */
  digest: string;
  width: number;
  height: number;
  /** The file's format as sharp names it: `jpeg`, `png`, `webp`, `gif`, `avif`. */
  format: string;
  /** What its files in the article's folder are named after: the file's own name, slugged, unique within the article. */
  stem: string;
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
  /** A SHA-256 of the seed file's bytes (hex): which copy of the seed the record was made from. */
  seedSha256: string;
  /** When this copy of the page was captured (front matter `captured`, ISO 8601), where known. */
  captured?: string;
  tags: string[];
}

/** The article's reference as plain text in each style (README, Cite this article). */
export interface Citations {
  chicago: string;
  apa: string;
  mla: string;
}

/** What the parser makes of one seed: the record before the archive gives it a URL. */
export interface ParsedArticle extends Omit<ArticleRecord, "url" | "related"> {
  related: Array<Omit<RelatedArticle, "url">>;
  /** The lead picture, when it is a file beside the seed that the loader found (set by the loader). */
  picture?: LocalPicture;
  /**
   * The pictures beside the seed that its body shows (`![alt](photo.jpg)`), in the order of the
   * body's `<img>` elements: each relative path and its line in the seed (set by the parser).
   */
  bodyImages?: Array<{ path: string; line: number }>;
  /** For each of `bodyImages`, the file the loader found, or null when it is missing or no image (set by the loader). */
  bodyPictures?: Array<LocalPicture | null>;
  /** When this copy of the page was captured (front matter `captured`, ISO 8601), where known. */
  captured?: string;
  /**
   * The reference in each style, made by the parse (so it is cached with it); where the seed has
   * no original address, the archive copy's absolute URL is `ARCHIVE_URL_TOKEN` (src/parse/citation-item.ts).
   */
  citations?: Citations;
  /** The body as sanitised HTML. */
  bodyHtml: string;
  /** The body as plain text, paragraphs separated by blank lines (for search and feeds). */
  bodyText: string;
  /**
   * A hash of everything the parse read (the seed's bytes and path, the parser's version and
   * options) and of the local picture's bytes, set by the loader: equal keys mean equal
   * articles, bodies and pictures included.
   */
  sourceKey?: string;
}

/** A record as the templates see it: with its body, and its place among the others. */
export interface ArchivedArticle extends ArticleRecord {
  /** The URL path without the site's path prefix, e.g. `/2026/01/03/slug/`. */
  path: string;
  bodyHtml: string;
  bodyText: string;
  /** The lead picture beside the seed (see `ParsedArticle`). */
  picture?: LocalPicture;
  /** The pictures beside the seed that the body shows (see `ParsedArticle`). */
  bodyPictures?: Array<LocalPicture | null>;
  /** The parse's key, when the loader set one (see `ParsedArticle`). */
  sourceKey?: string;
  /** The reference in each style (see `ParsedArticle`). */
  citations?: Citations;
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
