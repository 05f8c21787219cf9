/**
 * The pages of the site, as data. Every page the build writes is one of these, computed from the
 * article records by pure functions; templates only lay them out. Because a page is plain data,
 * the build can tell whether it changed since the last build by hashing it.
 */
import type { ArchivedArticle } from "../article.ts";
import type { YearCalendar, YearStrip } from "./calendar.ts";
import type { MonthCounts } from "./entity-sparkline.ts";
import type { DiffCounts, DiffParagraph, VersionDiff } from "./version-diff.ts";

/** A link to another page of the site (a path without the site's prefix). */
export interface PageLink {
  label: string;
  path: string;
}

/** What a list shows of an article. */
export interface ListItem {
  title: string;
  path: string;
  date: string;
  outlet: string | null;
  author: string | null;
  summary: string;
}

/**
 * Where a page of a list stands. It names only its near neighbours (not the number of pages),
 * so that adding an article changes no page but the newest few.
 */
export interface Pagination {
  /** 1 is the oldest page; the highest number holds the newest articles. */
  current: number;
  /** The pages within two of this one, oldest first, this one included. */
  window: PageLink[];
  newer: PageLink | null;
  older: PageLink | null;
  oldest: PageLink;
}

interface PageBase {
  path: string;
  /** The page's `<title>` (before the site's name). */
  title: string;
  breadcrumbs: readonly PageLink[];
}

export interface ArticlePage extends PageBase {
  kind: "article";
  article: ArchivedArticle;
  /** The article before it in time, and the one after. */
  older: PageLink | null;
  newer: PageLink | null;
  /** Every capture of the article's original, oldest first, when there are two or more (README, Versions); else empty. */
  versions: VersionLink[];
  /** The lead picture, when it is a file beside the seed. */
  picture: PictureView | null;
  /** The body with its pictures beside the seed shown; null when it shows none (the article's `bodyHtml` is shown). */
  body: string | null;
  /** The people, places and organisations it names (kinds with none left out), each linked when it has a page. */
  entities?: Array<{ label: string; items: Array<{ name: string; path: string | null }> }>;
  /** Up to five articles that share the most (rare) entities with it. */
  moreOnThis?: Array<PageLink & { date: string }>;
  /**
   * Where the record came from: the "About this record" panel. How to cite it (the "Cite"
   * section and the citation meta tags) is made from the article alone when the page is
   * rendered (the `citeView` and `citationMeta` filters), so the page's key stands for it by the article's token.
   */
  provenance: Provenance;
}

/** A version of an article, as the pages that list versions name it. */
export interface VersionLink extends PageLink {
  n: number;
  /** When it was captured (`ArticleVersionRecord.captured`). */
  captured: string;
}

/** `<article path>v/N/`: one version of an article, and what changed from the version before. */
export interface VersionPage extends PageBase {
  kind: "version";
  /** The article's own page, which shows the newest version. */
  article: PageLink;
  n: number;
  /** How many versions the article has. */
  count: number;
  captured: string;
  headline: string;
  wordCount: number;
  seedFile: string;
  /** The page search engines should take for this one: the article's for an older version, else this page. */
  canonical: string;
  previous: VersionLink | null;
  next: VersionLink | null;
  /** `<article path>v/`, the list of versions. */
  index: string;
  /** What changed since the version before (its paragraphs are `paragraphs`); null for the first version. */
  diff: Omit<VersionDiff, "paragraphs"> | null;
  /** The version's text by paragraph: marked with the changes, or (the first) as it is. */
  paragraphs: DiffParagraph[];
}

/** `<article path>v/`: every version of an article, with its date and what it changed. */
export interface VersionsPage extends PageBase {
  kind: "versions";
  article: PageLink;
  versions: Array<VersionLink & { wordCount: number; counts: DiffCounts | null }>;
}

/** The facts of an article page's "About this record" panel. */
export interface Provenance {
  original: string | null;
  outlet: string | null;
  seedFile: string;
  seedSha256: string;
  /** The capture's date-time (ISO 8601), or null where it is not known. */
  captured: string | null;
  /** The version of the parser that made the record (a hash of its code and packages), when the build gave it. */
  parserVersion: string | null;
  /** The Wayback Machine's list of captures of the original (a plain link), or null without an original address. */
  wayback: string | null;
}

export interface CiteView {
  /** The reference in each style, as plain text. */
  styles: Array<{ id: string; name: string; text: string }>;
  /** The downloads: BibTeX, RIS, CSL-JSON. */
  files: Array<{ label: string; path: string; type: string }>;
}

/**
 * A download of an article's reference (`cite.bib`, `cite.ris`, `cite.json`). The render step
 * makes its CSL item from the article (`archivedItem`), so the page's key stands for it by the
 * article's token: 3 of every 4 pages are these, and hashing their items was a third of keying.
 */
export interface CitePage extends PageBase {
  kind: "cite";
  format: "bib" | "ris" | "json";
  article: ArchivedArticle;
}

/** A local lead picture as `<picture>` shows it: URLs with the path prefix. */
export interface PictureView {
  sources: Array<{ type: string; srcset: string }>;
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
}

/** A file made of a local picture: a copy of it as it is (no width), or one size in one format. */
export interface PicturePage extends PageBase {
  kind: "picture";
  /** The picture's absolute path, for the render step to read. */
  source: string;
  digest: string;
  width: number | null;
  format: string | null;
}

export interface ListPage extends PageBase {
  kind: "list";
  heading: string;
  lede: string;
  items: ListItem[];
  pagination: Pagination | null;
  /** A feed or other alternate view of this list, if any. */
  section: "home" | "page" | "source" | "tag" | "entity";
  /** The home page only: the calendar days (`MM-DD`) that have an "On this day" page. */
  onThisDay?: string[];
  /** An entity's first page: its count, first and last mention, who and what it is named with, its sparkline. */
  entity?: EntitySummary;
}

export interface PeriodGroup {
  label: string;
  path: string;
  count: number;
  items: ListItem[];
}

export interface PeriodPage extends PageBase {
  kind: "period";
  level: "year" | "month" | "day";
  heading: string;
  count: number;
  /** A year's months, or a month's days, each with its articles; a day has one group. */
  groups: PeriodGroup[];
  previous: PageLink | null;
  next: PageLink | null;
  /** A year page's heat map of its days. */
  calendar?: YearCalendar;
}

/** `/on-this-day/MM-DD/`: the articles of one calendar day in every year, newest year first. */
export interface OnThisDayPage extends PageBase {
  kind: "onthisday";
  heading: string;
  count: number;
  /** One group a year, newest first, each linking to that year's day page. */
  groups: PeriodGroup[];
  /** The calendar days before and after it (January to December) that have articles. */
  previous: PageLink | null;
  next: PageLink | null;
}

/** `/on-this-day/`: every calendar day that has articles, by month. */
export interface OnThisDayIndexPage extends PageBase {
  kind: "onthisdayindex";
  months: Array<{ id: string; label: string; days: Array<{ label: string; path: string; count: number }> }>;
}

export interface ArchiveOverviewPage extends PageBase {
  kind: "archive";
  years: Array<{ label: string; path: string; count: number; months: Array<{ label: string; path: string; count: number }> }>;
  total: number;
  /** Each year's days in one row, in the order of `years`. */
  strips: YearStrip[];
}

export interface SourcesPage extends PageBase {
  kind: "sources";
  outlets: Array<{ name: string; domain: string; path: string; count: number }>;
}

/** `/tags/`: every tag with its number of articles, most used first. */
export interface TagsPage extends PageBase {
  kind: "tags";
  tags: Array<{ name: string; path: string; count: number }>;
}

/** What an entity's first list page shows above its articles. */
export interface EntitySummary {
  /** `person`, `place`, `organisation`. */
  kind: string;
  count: number;
  first: { date: string; article: PageLink };
  last: { date: string; article: PageLink };
  /** The entities (with pages) named most often in the same articles, with how many articles they share. */
  mentionedWith: Array<{ name: string; path: string; kind: string; count: number }>;
  /** Its articles a month, which the template draws as a sparkline (the `sparkline` filter). */
  months: MonthCounts;
}

/** `/people/`, `/places/`, `/organisations/`: each entity of the kind that has a page, most named first. */
export interface EntitiesPage extends PageBase {
  kind: "entities";
  entityKind: "people" | "places" | "organisations";
  heading: string;
  entities: Array<{ name: string; path: string; count: number }>;
}

/** The latest articles, in full, for the Atom and JSON feeds; or, for Atom, one month's archive document. */
export interface FeedPage extends PageBase {
  kind: "atom" | "jsonfeed";
  articles: ArchivedArticle[];
  /** The newest article's date, or null for an empty archive. */
  updated: string | null;
  /** RFC 5005 feed history (Atom): the month archived here, if any, and the archive documents either side. */
  history?: FeedHistory;
}

export interface FeedHistory {
  /** `March 2025` for a month's archive document; null for the subscription feed (`/feed.xml`). */
  archived: string | null;
  prevArchive: string | null;
  nextArchive: string | null;
}

/** A sitemap: a list of pages, or (for very large sites) an index of the sitemaps that list them. */
export interface SitemapPage extends PageBase {
  kind: "sitemap";
  /** HTML pages' paths (at most 50,000, the protocol's limit). */
  paths: string[];
  /** For the index: the paths of the sitemaps it names. */
  sitemaps: string[];
}

/** `/articles.json`: the index of the records' files, as text. */
export interface DataPage extends PageBase {
  kind: "data";
  json: string;
}

/** `/YYYY/articles.json`: a year's records, newest first (written by `recordsJson`). */
export interface RecordsPage extends PageBase {
  kind: "records";
  year: string;
  articles: ArchivedArticle[];
}

/** Pages that hold nothing from the archive: `/404.html`, `/robots.txt`, `/search/`. */
export interface FixedPage extends PageBase {
  kind: "notfound" | "robots" | "search";
}

export type Page =
  | ArticlePage
  | VersionPage
  | VersionsPage
  | ListPage
  | PeriodPage
  | OnThisDayPage
  | OnThisDayIndexPage
  | ArchiveOverviewPage
  | SourcesPage
  | TagsPage
  | EntitiesPage
  | FeedPage
  | SitemapPage
  | DataPage
  | RecordsPage
  | FixedPage
  | PicturePage
  | CitePage;
export type PageKind = Page["kind"];

/**
 * Pages to write, with how many there are: a list, or pages made as they are taken (a large
 * build's articles' own pages, which held 180 MB through the render when made at once).
 */
export type PageSource = readonly Page[] | (Iterable<Page> & { readonly count: number });

/** How many pages a source gives. */
export function countOf(pages: PageSource): number {
  return "count" in pages ? pages.count : pages.length;
}

/** The file a page is written to, relative to the output folder. */
export function outputFileOf(path: string): string {
  return (path.endsWith("/") ? `${path}index.html` : path).slice(1);
}
