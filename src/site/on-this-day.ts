import type { ArchivedArticle } from "../article.ts";
import { byCodeUnits } from "../common/order.ts";
import { MONTH_NAMES, periodPath } from "./date-archive.ts";
import type { OnThisDayIndexPage, OnThisDayPage, PageLink } from "./pages.ts";
import { toListItem } from "./list-items.ts";
import { yearOf } from "../common/calendar-date.ts";
import { sectionCrumbs } from "./breadcrumbs.ts";

/** `03-14` → `/on-this-day/03-14/`. */
export const onThisDayPath = (monthDay: string): string => `/on-this-day/${monthDay}/`;

/** `03-14` → `March 14`. */
export function monthDayLabel(monthDay: string): string {
  return `${MONTH_NAMES[Number(monthDay.slice(0, 2)) - 1]} ${Number(monthDay.slice(3))}`;
}

const crumbs = sectionCrumbs("On this day", "/on-this-day/");

/**
 * A page for every calendar day (`MM-DD`) that has articles in any year, each year's articles
 * newest year first, and `/on-this-day/` listing the days by month. Takes the articles newest
 * first; linear, apart from sorting the at most 366 days.
 */
export function planOnThisDay(newestFirst: ArchivedArticle[]): { index: OnThisDayIndexPage; days: OnThisDayPage[] } {
  const byDay = new Map<string, Map<string, ArchivedArticle[]>>(); // MM-DD → year → articles, newest first
  for (const article of newestFirst) {
    const monthDay = article.date.slice(5);
    const year = yearOf(article.date);
    let years = byDay.get(monthDay);
    if (!years) byDay.set(monthDay, (years = new Map()));
    const list = years.get(year);
    if (list) list.push(article);
    else years.set(year, [article]);
  }
  const monthDays = [...byDay.keys()].sort(byCodeUnits);
  const link = (monthDay: string | undefined): PageLink | null => (monthDay ? { label: monthDayLabel(monthDay), path: onThisDayPath(monthDay) } : null);
  const days = monthDays.map((monthDay, index): OnThisDayPage => {
    const label = monthDayLabel(monthDay);
    // Newest year first: the articles came newest first, so the years did too.
    const groups = [...byDay.get(monthDay)!].map(([year, articles]) => ({ label: year, path: periodPath(`${year}-${monthDay}`), count: articles.length, items: articles.map(toListItem) }));
    return {
      kind: "onthisday",
      path: onThisDayPath(monthDay),
      title: `On this day: ${label}`,
      heading: `On this day: ${label}`,
      breadcrumbs: [...crumbs, { label, path: onThisDayPath(monthDay) }],
      count: groups.reduce((sum, group) => sum + group.count, 0),
      groups,
      previous: link(monthDays[index - 1]),
      next: link(monthDays[index + 1]),
    };
  });
  const months: OnThisDayIndexPage["months"] = [];
  for (const [index, page] of days.entries()) {
    const month = monthDays[index]!.slice(0, 2);
    if (months.at(-1)?.id !== `month-${month}`) months.push({ id: `month-${month}`, label: MONTH_NAMES[Number(month) - 1]!, days: [] });
    months.at(-1)!.days.push({ label: String(Number(monthDays[index]!.slice(3))), path: page.path, count: page.count });
  }
  return { index: { kind: "onthisdayindex", path: "/on-this-day/", title: "On this day", breadcrumbs: crumbs, months }, days };
}

/** The days with a page, as `MM-DD`, for the home page's script to choose from. */
export function onThisDayList(index: OnThisDayIndexPage): string[] {
  return index.months.flatMap((month) => month.days.map((day) => day.path.slice("/on-this-day/".length, -1)));
}
