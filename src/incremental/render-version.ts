import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { ArchivedArticle } from "../article.ts";
import { memoizeByObject } from "../common/memoize.ts";
import type { SiteConfig } from "../site.config.ts";
import { articleOfItem, type ListItem, type Page } from "../site/pages.ts";
import { assembledPart } from "../archive/assemble-archive.ts";
import { projectRoot } from "../common/project-root.ts";

/** Everything besides a page's own data that shapes what it looks like once rendered (and the search records). */
const RENDER_INPUTS = ["layouts", "public", "src/site", "src/render", "src/search", "src/common/memoize.ts", ".eleventy.ts", "node_modules/@11ty/eleventy/package.json"];

/**
 * A hash of the templates, static files, rendering code and site configuration. Pages rendered
 * under another version are never reused.
 */
export async function renderVersion(site: SiteConfig): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify(site));
  for (const input of RENDER_INPUTS) {
    for (const file of await filesUnder(path.join(projectRoot, input))) {
      hash.update(path.relative(projectRoot, file)).update("\0").update(await readFile(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

async function filesUnder(target: string): Promise<string[]> {
  const entries = await readdir(target, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries) return [target]; // a file
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
}

/**
 * A page's key: its data under a render version. Equal keys render to equal bytes. Keys must
 * cost little (`npm start` makes them all on every save), so the bulk of the data is stood for
 * by smaller things that determine it: an article, and a list item made from one, by the
 * article's token; and `/articles.json`'s text is hashed as it is rather than quoted.
 */
export function pageKey(page: Page, version: string): string {
  return page.kind === "data" ? hashKey(keyData(page), version, page.json) : hashKey(keyData(page), version);
}

function hashKey(data: unknown, version: string, text?: string): string {
  const hash = createHash("sha256").update(version).update("\0").update(JSON.stringify(data));
  if (text !== undefined) hash.update("\0").update(text);
  return hash.digest("hex");
}

/**
 * Page keys made by a process that builds again and again (`npm start` keeps one): it remembers
 * what it hashed last for each path and the key it gave, and data equal to that is not hashed
 * again. Nearly every page is as it was after a save, and comparing with the last data (most of
 * its parts are the very same objects, see `assembleArchive`) costs far less than hashing it.
 */
export class PageKeys {
  private readonly last = new Map<string, { data: unknown; version: string; key: string }>();

  of(page: Page, version: string): string {
    if (page.kind === "data") return pageKey(page, version);
    const data = keyData(page);
    const last = this.last.get(page.path);
    if (last?.version === version && isDeepStrictEqual(last.data, data)) return last.key;
    const key = hashKey(data, version);
    this.last.set(page.path, { data, version, key });
    return key;
  }

  /** Forgets the paths that are no longer pages. */
  keepOnly(paths: Iterable<string>): void {
    const keep = new Set(paths);
    for (const path of this.last.keys()) if (!keep.has(path)) this.last.delete(path);
  }
}

/** The page with its bulk stood for (see `pageKey`). */
function keyData(page: Page): unknown {
  switch (page.kind) {
    case "article":
      return { ...page, article: articleToken(page.article) };
    case "atom":
    case "jsonfeed":
      return { ...page, articles: page.articles.map(articleToken) };
    case "list":
      return { ...page, items: page.items.map(itemToken) };
    case "period":
      return { ...page, groups: page.groups.map((group) => ({ ...group, items: group.items.map(itemToken) })) };
    case "data":
      return { ...page, json: null }; // hashed after, as it is
    default:
      return page;
  }
}

const shortHash = (text: string) => createHash("sha256").update(text).digest("base64");

/** A list item as keys see it: its article's token (the article determines it), or else its own hash. */
function itemToken(item: ListItem): string {
  const article = articleOfItem(item);
  return article ? articleToken(article) : itemHash(item);
}

/**
 * A short hash that stands for an article in keys, made once per archived article. When the
 * loader set a `sourceKey` (which determines everything the parse made, body included), the
 * token hashes that key and what the archive added; else the whole article. Lists hold most of
 * the site's data: hashed in full, they made up two thirds of the keys' cost.
 */
const articleToken = memoizeByObject((article: ArchivedArticle) =>
  shortHash(article.sourceKey ? `${article.sourceKey} ${JSON.stringify(assembledPart(article))}` : JSON.stringify(article)),
);

/** A list item made from no article, hashed once. */
const itemHash = memoizeByObject((item: ListItem) => shortHash(JSON.stringify(item)));
