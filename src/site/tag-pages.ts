import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import type { ArchivedArticle } from "../article.ts";
import { memoize } from "../common/memoize.ts";
import { byCodeUnits } from "../common/order.ts";
import { planPagedList } from "./list-pages.ts";
import type { ListPage, TagsPage } from "./pages.ts";
import { sectionCrumbs } from "./breadcrumbs.ts";

/**
 * `/tags/<slug>/`: a tag's path (`Climate Change` → `climate-change`), or "" for a tag of
 * whitespace alone. A tag slugify can make nothing of (`!!!`) gets a short hash, so every tag has
 * a page. Remembered: every article page asks for its tags' paths.
 */
export const tagPath = memoize((tag) => {
  const trimmed = tag.trim();
  if (!trimmed) return "";
  const slug = slugify(trimmed) || `tag-${createHash("sha256").update(trimmed).digest("hex").slice(0, 8)}`;
  return `/tags/${slug}/`;
});

/** An article's tags, trimmed, without blanks and without two that share a page. */
export function articleTags(article: ArchivedArticle): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of article.tags) {
    const tag = raw.trim();
    const path = tagPath(tag);
    if (!path || seen.has(path)) continue;
    seen.add(path);
    tags.push(tag);
  }
  return tags;
}

/**
 * `/tags/`, every tag by its number of articles, and each tag's articles as a paged list. Tags
 * that differ only in case or punctuation share a page, named by their most used spelling (then
 * the first in code-unit order), so that the name does not depend on which article is newest.
 */
export function planTagPages(newestFirst: ArchivedArticle[], pageSize: number): { overview: TagsPage; tags: ListPage[] } {
  const byPath = new Map<string, { articles: ArchivedArticle[]; spellings: Map<string, number> }>();
  for (const article of newestFirst) {
    for (const tag of articleTags(article)) {
      const path = tagPath(tag);
      let entry = byPath.get(path);
      if (!entry) byPath.set(path, (entry = { articles: [], spellings: new Map() }));
      entry.articles.push(article);
      entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
    }
  }
  const tags = [...byPath].map(([path, { articles, spellings }]) => {
    const [name] = [...spellings].reduce((best, next) => (next[1] > best[1] || (next[1] === best[1] && byCodeUnits(next[0], best[0]) < 0) ? next : best));
    return { name, path, count: articles.length };
  });
  tags.sort((a, b) => b.count - a.count || byCodeUnits(a.name.toLowerCase(), b.name.toLowerCase()) || byCodeUnits(a.path, b.path));

  const tagsCrumbs = sectionCrumbs("Tags", "/tags/");
  const overview: TagsPage = { kind: "tags", path: "/tags/", title: "Tags", breadcrumbs: tagsCrumbs, tags };
  const pages = tags.flatMap(({ name, path }) =>
    planPagedList(byPath.get(path)!.articles, pageSize, {
      section: "tag",
      root: path,
      heading: name,
      lede: `Articles tagged “${name}”, newest first.`,
      title: `Articles tagged “${name}”`,
      breadcrumbs: [...tagsCrumbs, { label: name, path }],
    }),
  );
  return { overview, tags: pages };
}
