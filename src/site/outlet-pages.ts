import slugify from "@sindresorhus/slugify";
import type { ArchivedArticle } from "../article.ts";
import { memoize } from "../common/memoize.ts";
import { planPagedList } from "./list-pages.ts";
import type { ListPage, SourcesPage } from "./pages.ts";
import { groupBy } from "../common/group-by.ts";
import { sectionCrumbs } from "./breadcrumbs.ts";

/**
 * `/sources/<slug>/`: an outlet's path, from its domain (`bbc.co.uk` → `bbc-co-uk`). Remembered:
 * a slug costs far more than a lookup, and every list shows each item's outlet.
 */
export const outletPath = memoize((domain) => `/sources/${slugify(domain)}/`);

/**
 * `/sources/`, every outlet with its number of articles, and each outlet's articles as a paged
 * list. Articles with no source URL belong to no outlet.
 */
export function planOutletPages(newestFirst: ArchivedArticle[], pageSize: number): { overview: SourcesPage; outlets: ListPage[] } {
  const byDomain = groupBy(newestFirst, (article) => article.source.domain);
  const outlets = [...byDomain].map(([domain, articles]) => ({ name: articles[0]!.source.name ?? domain, domain, path: outletPath(domain), count: articles.length }));
  outlets.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const sourcesCrumbs = sectionCrumbs("Sources", "/sources/");
  const overview: SourcesPage = { kind: "sources", path: "/sources/", title: "Sources", breadcrumbs: sourcesCrumbs, outlets };
  const pages = outlets.flatMap(({ name, domain, path }) =>
    planPagedList(byDomain.get(domain)!, pageSize, {
      section: "source",
      root: path,
      heading: name,
      lede: `Archived articles from ${domain}, newest first.`,
      title: `Articles from ${name}`,
      breadcrumbs: [...sourcesCrumbs, { label: name, path }],
    }),
  );
  return { overview, outlets: pages };
}
