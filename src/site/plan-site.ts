import type { ArchivedArticle } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import { planArticlePages } from "./article-pages.ts";
import { planRecordFiles } from "./articles-json.ts";
import { planArchiveOverview, planDateArchive } from "./date-archive.ts";
import { planPagedList } from "./list-pages.ts";
import { planOutletPages } from "./outlet-pages.ts";
import type { Page, SitemapPage } from "./pages.ts";
import { planPicturePages } from "./picture-pages.ts";
import { planTagPages } from "./tag-pages.ts";
import { planVersionPages } from "./version-pages.ts";
import { onThisDayList, planOnThisDay } from "./on-this-day.ts";
import { planFeedArchive, subscriptionHistory } from "./feed-archive.ts";
import { articleEntityGroups, entityIndex } from "./entity-index.ts";
import { planEntityPages } from "./entity-pages.ts";
import { moreOnThis } from "./more-on-this.ts";
import { planCitePages } from "./cite-pages.ts";

/** What the build knows besides the articles and the configuration, which pages show. */
export interface BuildFacts {
  /** The parser's version (article pages show it; a new one changes their keys). */
  parserVersion?: string;
}

export const FEED_SIZE = 50;
/** The sitemap protocol's limit of URLs in one file. */
export const SITEMAP_SIZE = 50_000;

/**
 * Every page of the site, from the articles (newest first). Pure: the same articles and
 * configuration always give the same pages, in the same order. `entities` is the articles'
 * index, for a caller that has made it already (the search's filters need it too).
 */
export function planSite(newestFirst: ArchivedArticle[], site: SiteConfig, facts: BuildFacts = {}, entities = entityIndex(newestFirst)): Page[] {
  const home = planPagedList(newestFirst, site.pageSize, {
    section: "home",
    root: "/",
    heading: "Latest articles",
    lede: `${site.description} ${newestFirst.length.toLocaleString("en-US")} ${newestFirst.length === 1 ? "article" : "articles"}, newest first.`,
    title: "Latest articles",
    breadcrumbs: [{ label: "Home", path: "/" }],
  });
  const { overview: sources, outlets } = planOutletPages(newestFirst, site.pageSize);
  const { overview: tagIndex, tags } = planTagPages(newestFirst, site.pageSize);
  const onThisDay = planOnThisDay(newestFirst);
  const entityPages = planEntityPages(entities, site.pageSize);
  const articlePages = planArticlePages(newestFirst, facts.parserVersion ?? null);
  const related = moreOnThis(newestFirst, entities);
  for (const page of articlePages) {
    page.entities = articleEntityGroups(page.article, entities);
    page.moreOnThis = related.get(page.path)!;
  }
  // The home page's "On this day" link picks today's page in the reader's browser, from these days.
  home[0]!.onThisDay = onThisDayList(onThisDay.index);
  const htmlPages: Page[] = [
    ...home,
    ...articlePages,
    ...planVersionPages(newestFirst),
    ...planDateArchive(newestFirst),
    planArchiveOverview(newestFirst),
    onThisDay.index,
    ...onThisDay.days,
    sources,
    ...outlets,
    tagIndex,
    ...tags,
    ...entityPages.indexes,
    ...entityPages.lists,
    {
      kind: "search",
      path: "/search/",
      title: "Search",
      breadcrumbs: [
        { label: "Home", path: "/" },
        { label: "Search", path: "/search/" },
      ],
    },
  ];
  const latest = newestFirst.slice(0, FEED_SIZE);
  const updated = newestFirst[0]?.date ?? null;
  const none: never[] = [];
  const feedArchive = planFeedArchive(newestFirst, site.title);
  return [
    ...htmlPages,
    { kind: "notfound", path: "/404.html", title: "Page not found", breadcrumbs: none },
    { kind: "atom", path: "/feed.xml", title: site.title, breadcrumbs: none, articles: latest, updated, history: subscriptionHistory(feedArchive) },
    ...feedArchive,
    { kind: "jsonfeed", path: "/feed.json", title: site.title, breadcrumbs: none, articles: latest, updated },
    ...planSitemaps(htmlPages.filter((page) => page.kind !== "version" || page.canonical === page.path).map((page) => page.path)), // an older version's canonical page is its article
    { kind: "robots", path: "/robots.txt", title: "robots.txt", breadcrumbs: none },
    ...planRecordFiles(newestFirst, site.pathPrefix),
    ...planPicturePages(newestFirst),
    ...planCitePages(newestFirst),
  ];
}

/** `/sitemap.xml` lists every page; past the protocol's limit it names `/sitemap-N.xml` files that do. */
export function planSitemaps(paths: string[], size = SITEMAP_SIZE): SitemapPage[] {
  const base = { kind: "sitemap" as const, title: "Sitemap", breadcrumbs: [] };
  if (paths.length <= size) return [{ ...base, path: "/sitemap.xml", paths, sitemaps: [] }];
  const parts: SitemapPage[] = [];
  for (let start = 0; start < paths.length; start += size) {
    parts.push({ ...base, path: `/sitemap-${parts.length + 1}.xml`, paths: paths.slice(start, start + size), sitemaps: [] });
  }
  return [{ ...base, path: "/sitemap.xml", paths: [], sitemaps: parts.map((part) => part.path) }, ...parts];
}
