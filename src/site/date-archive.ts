import type { ArchivedArticle } from "../article.ts";
import { readableDate } from "./format.ts";
import { memoize } from "../common/memoize.ts";
import { yearCalendar, yearStrip } from "./calendar.ts";
import type { ArchiveOverviewPage, PageLink, PeriodGroup, PeriodPage } from "./pages.ts";
import { toListItem } from "./list-items.ts";
import { groupBy } from "../common/group-by.ts";
import { monthOf, yearOf } from "../common/calendar-date.ts";
import { HOME, sectionCrumbs } from "./breadcrumbs.ts";

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function monthLabel(yearMonth: string): string {
  const [year, month] = yearMonth.split("-");
  return `${MONTH_NAMES[Number(month) - 1]} ${Number(year)}`;
}

/** `2026-01-03` → `January 3, 2026`: the same words the pages use for an article's date. */
export const dayLabel = readableDate;

/** `2026-01-03` → `/2026/`, `/2026/01/`, `/2026/01/03/`: every prefix of an article URL. */
export const periodPath = (period: string): string => `/${period.replaceAll("-", "/")}/`;

const yearOfArticle = (a: ArchivedArticle) => yearOf(a.date);
const monthOfArticle = (a: ArchivedArticle) => monthOf(a.date);
const dayOf = (a: ArchivedArticle) => a.date;

/** How many articles each day has. */
function countByDay(articles: ArchivedArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.date, (counts.get(article.date) ?? 0) + 1);
  return counts;
}

function group(period: string, label: string, articles: ArchivedArticle[]): PeriodGroup {
  return { label, path: periodPath(period), count: articles.length, items: articles.map(toListItem) };
}

/**
 * The date archive: a page for every year, month and day that has articles, each linking to
 * the previous and next period that has articles. Takes the articles newest first.
 */
export function planDateArchive(newestFirst: ArchivedArticle[]): PeriodPage[] {
  const pages: PeriodPage[] = [];
  const levels = [
    { level: "year" as const, keyOf: yearOfArticle, label: (p: string) => p, groupsOf: (items: ArchivedArticle[]) => [...groupBy(items, monthOfArticle)].map(([m, a]) => group(m, monthLabel(m), a)) },
    { level: "month" as const, keyOf: monthOfArticle, label: monthLabel, groupsOf: (items: ArchivedArticle[]) => [...groupBy(items, dayOf)].map(([d, a]) => group(d, dayLabel(d), a)) },
    { level: "day" as const, keyOf: dayOf, label: dayLabel, groupsOf: (items: ArchivedArticle[]) => [group(items[0]!.date, dayLabel(items[0]!.date), items)] },
  ];
  for (const { level, keyOf, label, groupsOf } of levels) {
    const periods = [...groupBy(newestFirst, keyOf)]; // newest period first
    periods.forEach(([period, articles], index) => {
      const link = (entry: [string, ArchivedArticle[]] | undefined): PageLink | null => (entry ? { label: label(entry[0]), path: periodPath(entry[0]) } : null);
      pages.push({
        kind: "period",
        level,
        path: periodPath(period),
        title: `Articles from ${label(period)}`,
        heading: label(period),
        breadcrumbs: periodBreadcrumbs(period),
        count: articles.length,
        groups: groupsOf(articles),
        previous: link(periods[index + 1]),
        next: link(periods[index - 1]),
        ...(level === "year" ? { calendar: yearCalendar(period, countByDay(articles)) } : {}),
      });
    });
  }
  return pages;
}

/**
 * Home › 2026 › January › 3 — the trail down to a period (the last step is the page itself).
 * Remembered: every article page and period page asks for one, and pages share it as it is.
 */
export const periodBreadcrumbs = memoize((period): readonly PageLink[] => {
  const [year, month, day] = period.split("-");
  const crumbs: PageLink[] = [HOME];
  if (year) crumbs.push({ label: year, path: periodPath(year) });
  if (month) crumbs.push({ label: MONTH_NAMES[Number(month) - 1]!, path: periodPath(`${year}-${month}`) });
  if (day) crumbs.push({ label: String(Number(day)), path: periodPath(`${year}-${month}-${day}`) });
  return crumbs;
});

/** `/archive/`: every year and month with its number of articles. */
export function planArchiveOverview(newestFirst: ArchivedArticle[]): ArchiveOverviewPage {
  const byYear = [...groupBy(newestFirst, yearOfArticle)];
  const years = byYear.map(([year, articles]) => ({
    label: year,
    path: periodPath(year),
    count: articles.length,
    months: [...groupBy(articles, monthOfArticle)].map(([month, inMonth]) => ({ label: MONTH_NAMES[Number(month.slice(5)) - 1]!, path: periodPath(month), count: inMonth.length })),
  }));
  return {
    kind: "archive",
    path: "/archive/",
    title: "Archive",
    breadcrumbs: sectionCrumbs("Archive", "/archive/"),
    years,
    total: newestFirst.length,
    strips: byYear.map(([year, articles]) => yearStrip(year, countByDay(articles))),
  };
}
