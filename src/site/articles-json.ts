import type { ArchivedArticle } from "../article.ts";
import { toRecord } from "../archive/assemble-archive.ts";
import { groupBy } from "../common/group-by.ts";
import type { DataPage, RecordsPage } from "./pages.ts";
import { yearOf } from "../common/calendar-date.ts";

/**
 * The records as JSON (README, The record): `/YYYY/articles.json` holds a year's, newest first, and
 * `/articles.json` names every year's file with its count. A save rewrites one year's file, not
 * every record (194 MB at 100,000 articles), and a year's file is its year's in a split build.
 * Pure; a year's text is made when it is written (`recordsJson`), not when it is planned.
 */
export function planRecordFiles(newestFirst: readonly ArchivedArticle[], pathPrefix: string): [DataPage, ...RecordsPage[]] {
  const none: never[] = [];
  const years: RecordsPage[] = [...groupBy(newestFirst, (article) => yearOf(article.date))].map(([year, articles]) => ({
    kind: "records",
    path: `/${year}/articles.json`,
    title: `Articles of ${year}`,
    breadcrumbs: none,
    year,
    articles,
  }));
  const index = {
    articles: newestFirst.length,
    years: years.map(({ year, path, articles }) => ({ year, articles: articles.length, url: pathPrefix + path.slice(1) })),
  };
  return [{ kind: "data", path: "/articles.json", title: "Articles", breadcrumbs: none, json: `${JSON.stringify(index, null, 2)}\n` }, ...years];
}

/** A year's file's text: its records, newest first. */
export function recordsJson(page: Pick<RecordsPage, "year" | "articles">): string {
  return `${JSON.stringify({ year: page.year, articles: page.articles.map(toRecord) }, null, 2)}\n`;
}
