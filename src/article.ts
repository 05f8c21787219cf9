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

/** The kinds of names an article's text is searched for (README, People, places and organisations). */
export type EntityKind = "people" | "places" | "organisations";

/** An article's names by kind, each in the order of its first mention. */
export type ArticleEntities = Record<EntityKind, string[]>;
/** One version of an article with several captures (README, Versions), as `articles.json` lists it. */
export interface ArticleVersionRecord {
  /** 1 for the first capture, counting up in the order of capture. */
  n: number;
  /** The version's page, `<article URL>v/N/`. */
  url: string;
  /** When it was captured: its seed's `captured`, else its date line's date (and time, `2026-01-03T14:30`). */
  captured: string;
  title: string;
  wordCount: number;
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
  tags: string[];
  /** The people, places and organisations its title and body name, found at parse time. */
  entities: ArticleEntities;
  /**
   * When the seed was captured from its original: front matter `captured`, an ISO 8601 date and
   * time (`2026-01-03T14:30:00Z`) or day, normalised (`src/parse/captured.ts`); absent when the seed
   * does not say. The one definition every part of the site that shows a capture time reads.
   */
  captured?: string;
  /**
   * Every version, oldest first, when the archive holds two or more captures of the article's
   * original (same source URL); absent otherwise. The record itself is the newest version.
   */
  versions?: ArticleVersionRecord[];
}

/** The article's reference as plain text in each style (README, Cite this article). */
export interface Citations {
  chicago: string;
  apa: string;
  mla: string;
}

/** What the parser makes of one seed: the record before the archive gives it a URL. */
export interface ParsedArticle extends Omit<ArticleRecord, "url" | "related" | "versions"> {
  related: Array<Omit<RelatedArticle, "url">>;
  /**
   * The date line's time of day (`14:30`, 24-hour, its zone left out), when the date comes from a
   * line that gives one: after `captured`, what orders an article's versions.
   */
  time?: string;
  /** The lead picture, when it is a file beside the seed that the loader found (set by the loader). */
  picture?: LocalPicture;
  /**
   * The pictures beside the seed that its body shows (`![alt](photo.jpg)`), in the order of the
   * body's `<img>` elements: each relative path and its line in the seed (set by the parser).
   */
  bodyImages?: Array<{ path: string; line: number }>;
  /** For each of `bodyImages`, the file the loader found, or null when it is missing or no image (set by the loader). */
  bodyPictures?: Array<LocalPicture | null>;
  /**
   * The reference in each style, made by the parse (so it is cached with it); where the seed has
   * no original address, the archive copy's absolute URL is `ARCHIVE_URL_TOKEN` (src/parse/citation-item.ts).
   * Absent when the parse cache keeps it beside the body, in `bodyFile` (read either with `bodyOf`).
   */
  citations?: Citations;
  /** The body as sanitised HTML; absent when it is kept in `bodyFile` (read either with `bodyOf`). */
  bodyHtml?: string;
  /** The body as plain text, paragraphs separated by blank lines (for search and feeds); absent with `bodyFile`. */
  bodyText?: string;
  /**
   * The parse cache's file that holds the body, in place of the two fields above (set by the
   * loader): a large archive's bodies would fill the memory, and only rendering and indexing read them.
   */
  bodyFile?: string;
  /**
   * A hash of everything the parse read (the seed's bytes and path, the parser's version and
   * options), set by the parse cache, and of the local picture's bytes, added by the loader:
   * equal keys mean equal articles, bodies and pictures included.
   */
  sourceKey?: string;
}

/** A version as the site stage sees it: the record's entry with its text, to show it and what changed. */
export interface ArchivedVersion extends ArticleVersionRecord {
  /** Its page's path without the site's path prefix, `<article path>v/N/`. */
  path: string;
  seedFile: string;
  bodyText: string;
  /** The parse's key of its seed, when the loader set one: it stands for the title, text and time. */
  sourceKey?: string;
}

/** A record as the templates see it: with its body, and its place among the others. */
export interface ArchivedArticle extends ArticleRecord {
  /** Each capture of the article, oldest first; the article itself shows the last (see `ArticleRecord`). */
  versions?: ArchivedVersion[];
  /** The URL path without the site's path prefix, e.g. `/2026/01/03/slug/`. */
  path: string;
  /** The body, here or in `bodyFile` (see `ParsedArticle`). */
  bodyHtml?: string;
  bodyText?: string;
  bodyFile?: string;
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
