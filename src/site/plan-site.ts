import type { ArchivedArticle } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import { planArticlePage } from "./article-pages.ts";
import { planRecordFiles } from "./articles-json.ts";
import { planArchiveOverview, planDateArchive } from "./date-archive.ts";
import { pagedListPaths, planPagedList } from "./list-pages.ts";
import { planOutletPages } from "./outlet-pages.ts";
import type { Page, SitemapPage } from "./pages.ts";
import { planArticlePictures } from "./picture-pages.ts";
import { planTagPages } from "./tag-pages.ts";
import { planArticleVersions, versionSitemapPaths } from "./version-pages.ts";
import { onThisDayList, planOnThisDay } from "./on-this-day.ts";
import { planFeedArchive, subscriptionHistory } from "./feed-archive.ts";
import { articleEntityGroups, type Entity, entityIndex } from "./entity-index.ts";
import { ENTITY_KINDS } from "../parse/entity-names.ts";
import { planEntityPages } from "./entity-pages.ts";
import { moreOnThis } from "./more-on-this.ts";
import { planArticleCites } from "./cite-pages.ts";
import { HOME, sectionCrumbs } from "./breadcrumbs.ts";

/** What the build knows besides the articles and the configuration, which pages show. */
export interface BuildFacts {
  /** The parser's version (article pages show it; a new one changes their keys). */
  parserVersion?: string;
}

export const FEED_SIZE = 50;
/** The sitemap protocol's limit of URLs in one file. */
export const SITEMAP_SIZE = 50_000;

/**
 * The site's pages in three parts. An article's own pages (its page, its versions', its
 * pictures' files and its downloads) show of the rest of the archive only its neighbours, the
 * names it shares with others and "More on this"; a name's list shows the articles that give
 * it and the names they give with it. So a build that knows none of those changed for an
 * article or a name can leave its pages unplanned (src/incremental/kept-plan.ts). Every other
 * page is made from the whole archive.
 */
export interface SitePlan {
  /** Lists, date pages, feeds, the sitemap and the rest, in order. */
  shared: Page[];
  /**
   * The own pages of each article planned, by its path, newest first: made each time they are
   * asked for, since a large archive's held 180 MB through a render when made at once.
   */
  own: Map<string, () => Page[]>;
  /** Each name's list pages, by the name's path, in the order of `/people/`, `/places/` and `/organisations/`: null where not planned. */
  names: Map<string, Page[] | null>;
}

/**
 * Every page of the site, from the articles (newest first). Pure: the same articles and
 * configuration always give the same pages, in the same order. `entities` is the articles'
 * index, for a caller that has made it already (the search's filters need it too).
 */
export function planSite(newestFirst: ArchivedArticle[], site: SiteConfig, facts: BuildFacts = {}, entities = entityIndex(newestFirst)): Page[] {
  const { shared, own, names } = planSiteParts(newestFirst, site, facts, entities);
  return [...shared, ...[...own.values()].flatMap((pagesOf) => pagesOf()), ...[...names.values()].flatMap((pages) => pages ?? [])];
}

/** The site's pages as `planSite` gives them, in their parts; the own pages only of the articles `ownPagesOf` picks, the lists only of the names `listsOf` picks. Pure. */
export function planSiteParts(
  newestFirst: ArchivedArticle[],
  site: SiteConfig,
  facts: BuildFacts = {},
  entities = entityIndex(newestFirst),
  ownPagesOf: (article: ArchivedArticle) => boolean = () => true,
  listsOf: (entity: Entity) => boolean = () => true,
): SitePlan {
  const home = planPagedList(newestFirst, site.pageSize, {
    section: "home",
    root: "/",
    heading: "Latest articles",
    lede: `${site.description} ${newestFirst.length.toLocaleString("en-US")} ${newestFirst.length === 1 ? "article" : "articles"}, newest first.`,
    title: "Latest articles",
    breadcrumbs: [HOME],
  });
  const { overview: sources, outlets } = planOutletPages(newestFirst, site.pageSize);
  const { overview: tagIndex, tags } = planTagPages(newestFirst, site.pageSize);
  const onThisDay = planOnThisDay(newestFirst);
  const entityPages = planEntityPages(entities, site.pageSize, listsOf);
  // The home page's "On this day" link picks today's page in the reader's browser, from these days.
  home[0]!.onThisDay = onThisDayList(onThisDay.index);
  const sharedHtml: Page[] = [...planDateArchive(newestFirst), planArchiveOverview(newestFirst), onThisDay.index, ...onThisDay.days, sources, ...outlets, tagIndex, ...tags, ...entityPages.indexes];
  const search: Page = {
    kind: "search",
    path: "/search/",
    title: "Search",
    breadcrumbs: sectionCrumbs("Search", "/search/"),
  };
  const nameListPaths = ENTITY_KINDS.flatMap((kind) => entities.paged[kind]).flatMap((entity) => pagedListPaths(entity.path, entity.articles.length, site.pageSize));
  const latest = newestFirst.slice(0, FEED_SIZE);
  const updated = newestFirst[0]?.date ?? null;
  const none: never[] = [];
  const feedArchive = planFeedArchive(newestFirst, site.title);
  // Every HTML page, as the pages are listed: an older version's canonical page is its article.
  const sitemapPaths = [
    ...home.map((page) => page.path),
    ...newestFirst.map((article) => article.path),
    ...newestFirst.flatMap(versionSitemapPaths),
    ...sharedHtml.map((page) => page.path),
    ...nameListPaths,
    search.path,
  ];
  const shared: Page[] = [
    ...home,
    ...sharedHtml,
    search,
    { kind: "notfound", path: "/404.html", title: "Page not found", breadcrumbs: none },
    { kind: "atom", path: "/feed.xml", title: site.title, breadcrumbs: none, articles: latest, updated, history: subscriptionHistory(feedArchive) },
    ...feedArchive,
    { kind: "jsonfeed", path: "/feed.json", title: site.title, breadcrumbs: none, articles: latest, updated },
    ...planSitemaps(sitemapPaths),
    { kind: "robots", path: "/robots.txt", title: "robots.txt", breadcrumbs: none },
    ...planRecordFiles(newestFirst, site.pathPrefix),
  ];

  const related = moreOnThis(newestFirst, entities, ownPagesOf);
  const own = new Map<string, () => Page[]>();
  newestFirst.forEach((article, index) => {
    if (!ownPagesOf(article)) return;
    own.set(article.path, () => {
      const page = planArticlePage(newestFirst, index, facts.parserVersion ?? null);
      page.entities = articleEntityGroups(article, entities);
      page.moreOnThis = related.get(article.path)!;
      return [page, ...planArticleVersions(article), ...planArticlePictures(article), ...planArticleCites(article)];
    });
  });
  return { shared, own, names: entityPages.lists };
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
