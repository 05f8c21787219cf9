import { hash } from "node:crypto";
import type { ArchivedArticle } from "../article.ts";
import { assembledPart } from "../archive/assemble-archive.ts";
import type { ArticlePage, CitePage, ListItem, Page } from "../site/pages.ts";
import { outputFileOf } from "../site/pages.ts";
import type { SitePlan } from "../site/plan-site.ts";

/**
 * What stands for each article in keys, by its path: a hash of the parse's key (which determines
 * everything the parse made, body included) with what the archive added; or, for an article
 * the loader gave no key, of the whole article. Keys must cost little (`npm start` makes them all on
 * every save), and lists, which hold most of the site's data, show each article again and again:
 * a short token hashes once what every list would hash again (see docs/performance.md).
 */
export type ArticleTokens = ReadonlyMap<string, string>;

export function articleTokens(articles: readonly ArchivedArticle[]): ArticleTokens {
  return new Map(articles.map((article) => [article.path, tokenOf(article)]));
}

// An article kept from one save to the next (`assembleArchive`'s `last`) keeps its token.
const tokens = new WeakMap<ArchivedArticle, string>();

function tokenOf(article: ArchivedArticle): string {
  let token = tokens.get(article);
  if (token === undefined) {
    token = hash("sha256", article.sourceKey ? `${article.sourceKey} ${JSON.stringify(assembledPart(article))}` : JSON.stringify(article), "base64url");
    tokens.set(article, token);
  }
  return token;
}

const NO_TOKENS: ArticleTokens = new Map();

/** A page's key and file, by its path. */
export type KeyedPage = { path: string; key: string; file: string };

/** Pages as keyed, of articles (their own pages) by the article's path, and of names (their lists) by the name's path. */
export interface KeptPages {
  own: ReadonlyMap<string, readonly KeyedPage[]>;
  names: ReadonlyMap<string, readonly KeyedPage[]>;
}

/**
 * A page's key: its data under a render version. Equal keys render to equal bytes. An article,
 * and a list item (which is made from the article at its path), are stood for by their token.
 */
export function pageKey(page: Page, version: string, tokens: ArticleTokens = NO_TOKENS): string {
  return hashKey(keyData(page, tokens), version);
}

// One call a page: a hash object for each took three times as long (see docs/performance.md).
function hashKey(data: unknown, version: string): string {
  return hash("sha256", `${version}\0${JSON.stringify(data)}`, "hex");
}

/**
 * Every page's key and file, as the changeset and the manifest take them, under a render version.
 * Every page is hashed on every build, `npm start`'s saves included: remembering each page's last
 * data to compare with cost as long as hashing it, on pages planned afresh, and held a copy of
 * the site's data between saves (measured: see docs/performance.md).
 */
export function keyPages(pages: readonly Page[], articles: readonly ArchivedArticle[], version: string, tokens = articleTokens(articles)): KeyedPage[] {
  return pages.map((page) => ({ path: page.path, key: pageKey(page, version, tokens), file: outputFileOf(page.path) }));
}

/**
 * Every page's key, as `keyPages` gives them, of a plan that left out the own pages of some
 * articles and the lists of some names: `kept` has those pages as the build whose plan they are
 * unchanged from keyed them (src/incremental/kept-plan.ts). Also gives every article's own pages
 * and every name's list as keyed, for the next build to keep.
 */
export function keySitePlan(plan: SitePlan, articles: readonly ArchivedArticle[], version: string, tokens: ArticleTokens, kept: KeptPages): { keyed: KeyedPage[] } & KeptPages {
  const keyed = keyPages(plan.shared, articles, version, tokens);
  const take = (parts: Iterable<[string, (() => readonly Page[]) | readonly Page[] | null | undefined]>, from: ReadonlyMap<string, readonly KeyedPage[]>) => {
    const all = new Map<string, readonly KeyedPage[]>();
    for (const [path, planned] of parts) {
      const pages = planned ? keyPages(typeof planned === "function" ? planned() : planned, articles, version, tokens) : from.get(path);
      if (!pages) throw new Error(`the plan has no pages of ${path}, and no build before planned them`);
      all.set(path, pages);
      for (const page of pages) keyed.push(page);
    }
    return all;
  };
  const own = take(
    articles.map(({ path }) => [path, plan.own.get(path)]),
    kept.own,
  );
  const names = take(plan.names, kept.names);
  return { keyed, own, names };
}

/** The page with its bulk stood for (see `pageKey`). */
function keyData(page: Page, tokens: ArticleTokens): unknown {
  switch (page.kind) {
    case "article":
    case "cite":
      return { ...page, ...BLANKS[page.article.sourceKey ? page.kind : "none"], article: standIn(page.article, tokens) };
    case "atom":
    case "jsonfeed":
    case "records":
      return { ...page, articles: page.articles.map((article) => standIn(article, tokens)) };
    case "list":
      return { ...page, items: page.items.map((item) => standIn(item, tokens)) };
    case "period":
    case "onthisday":
      return { ...page, groups: page.groups.map((group) => ({ ...group, items: group.items.map((item) => standIn(item, tokens)) })) };
    default:
      return page;
  }
}

/**
 * The fields of an article's page and of its downloads that are made from the article alone, with
 * the parser's version: when the article has a key from its parse (which holds that version),
 * its token stands for them, and a page's key hashes only what the rest of the archive gave it
 * (neighbours, names, related articles). At 20,000 articles they were a fifth of the bytes
 * hashed (87 MB → 68 MB). Tested: each is the same for an article in two different archives.
 */
export const FROM_ARTICLE_ALONE = {
  article: ["title", "breadcrumbs", "versions", "picture", "body", "provenance"],
  cite: ["title", "breadcrumbs"],
} as const satisfies { article: ReadonlyArray<keyof ArticlePage>; cite: ReadonlyArray<keyof CitePage> };

// Blanks to spread over a page: JSON leaves out a field that is undefined (deleting fields made keying slower).
const blank = (fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, undefined]));
const BLANKS = { article: blank(FROM_ARTICLE_ALONE.article), cite: blank(FROM_ARTICLE_ALONE.cite), none: {} };

/** An article's or a list item's token, or its data when it has none. */
function standIn(shown: ArchivedArticle | ListItem, tokens: ArticleTokens): string {
  return tokens.get(shown.path) ?? JSON.stringify(shown);
}
