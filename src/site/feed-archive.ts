import type { ArchivedArticle } from "../article.ts";
import { monthLabel } from "./date-archive.ts";
import type { FeedHistory, FeedPage } from "./pages.ts";
import { groupBy } from "../common/group-by.ts";
import { monthOf } from "../common/calendar-date.ts";

/** `2025-03` → `/feed/archive/2025-03.xml`. */
export const feedArchivePath = (month: string): string => `/feed/archive/${month}.xml`;

/**
 * RFC 5005 archived feeds: one Atom document a month with articles, newest month first, each
 * holding every article of its month and linking the months before and after
 * (`prev-archive`, `next-archive`). A month's document changes only when one of its articles
 * does, or when a first article of a later month gives it a `next-archive` link. Linear.
 */
export function planFeedArchive(newestFirst: ArchivedArticle[], title: string): FeedPage[] {
  const byMonth = groupBy(newestFirst, (article) => monthOf(article.date));
  // Months come newest first, as the articles do; within a day, the archive's order stands.
  const months = [...byMonth.keys()];
  return months.map((month, index): FeedPage => {
    const articles = byMonth.get(month)!;
    const history: FeedHistory = {
      archived: monthLabel(month),
      prevArchive: index + 1 < months.length ? feedArchivePath(months[index + 1]!) : null,
      nextArchive: index > 0 ? feedArchivePath(months[index - 1]!) : null,
    };
    return { kind: "atom", path: feedArchivePath(month), title: `${title}: ${monthLabel(month)}`, breadcrumbs: [], articles, updated: articles[0]!.date, history };
  });
}

/** The subscription feed's history: `prev-archive` names the newest month's archive document. */
export function subscriptionHistory(archives: FeedPage[]): FeedHistory {
  return { archived: null, prevArchive: archives[0]?.path ?? null, nextArchive: null };
}
