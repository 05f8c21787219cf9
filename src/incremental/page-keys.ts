import { createHash } from "node:crypto";
import type { ArchivedArticle } from "../article.ts";
import { assembledPart } from "../archive/assemble-archive.ts";
import { type ListItem, outputFileOf, type Page } from "../site/pages.ts";

/**
 * What stands for each article in keys, by its path: a hash of the parse's key (which determines
 * everything the parse made, body included) with what the archive added; or, for an article
 * the loader gave no key, of the whole article. Keys must cost little (`npm start` makes them all on
 * every save), and lists, which hold most of the site's data, show each article again and again:
 * a short token hashes once what every list would hash again (see docs/performance.md).
 */
export type ArticleTokens = ReadonlyMap<string, string>;

export function articleTokens(articles: readonly ArchivedArticle[]): ArticleTokens {
  const token = (text: string) => createHash("sha256").update(text).digest("base64url");
  return new Map(articles.map((article) => [article.path, token(article.sourceKey ? `${article.sourceKey} ${JSON.stringify(assembledPart(article))}` : JSON.stringify(article))]));
}

const NO_TOKENS: ArticleTokens = new Map();

/**
 * A page's key: its data under a render version. Equal keys render to equal bytes. An article,
 * and a list item (which is made from the article at its path), are stood for by their token.
 */
export function pageKey(page: Page, version: string, tokens: ArticleTokens = NO_TOKENS): string {
  return hashKey(keyData(page, tokens), version);
}

function hashKey(data: unknown, version: string): string {
  return createHash("sha256").update(version).update("\0").update(JSON.stringify(data)).digest("hex");
}

/**
 * Every page's key and file, as the changeset and the manifest take them, under a render version.
 * Every page is hashed on every build, `npm start`'s saves included: remembering each page's last
 * data to compare with cost as long as hashing it, on pages planned afresh, and held a copy of
 * the site's data between saves (measured: see docs/performance.md).
 */
export function keyPages(pages: readonly Page[], articles: readonly ArchivedArticle[], version: string): Array<{ path: string; key: string; file: string }> {
  const tokens = articleTokens(articles);
  return pages.map((page) => ({ path: page.path, key: pageKey(page, version, tokens), file: outputFileOf(page.path) }));
}

/** The page with its bulk stood for (see `pageKey`). */
function keyData(page: Page, tokens: ArticleTokens): unknown {
  const article = (article: ArchivedArticle) => tokens.get(article.path) ?? JSON.stringify(article);
  const item = (item: ListItem) => tokens.get(item.path) ?? JSON.stringify(item);
  switch (page.kind) {
    case "article":
    case "cite":
      return { ...page, article: article(page.article) };
    case "atom":
    case "jsonfeed":
    case "records":
      return { ...page, articles: page.articles.map(article) };
    case "list":
      return { ...page, items: page.items.map(item) };
    case "period":
    case "onthisday":
      return { ...page, groups: page.groups.map((group) => ({ ...group, items: group.items.map(item) })) };
    default:
      return page;
  }
}
