import type { PageLink, Pagination } from "./pages.ts";

export interface PageSlice<T> {
  number: number;
  items: T[];
  pagination: Pagination;
}

const WINDOW_RADIUS = 2;

/**
 * Splits items (given newest first) into pages numbered from the oldest, so that a page's URL
 * and content stay the same as newer items are added: page 1 always holds the oldest `size`
 * items, and only the newest page fills up. Each page lists its items newest first.
 * An empty list still has one (empty) page.
 */
export function paginateStable<T>(newestFirst: T[], size: number, pathOf: (number: number) => string): PageSlice<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number of at least 1, not ${size}`);
  const total = Math.max(1, Math.ceil(newestFirst.length / size));
  const link = (number: number): PageLink => ({ label: String(number), path: pathOf(number) });
  const oldestFirst = [...newestFirst].reverse();
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    const window: PageLink[] = [];
    for (let n = Math.max(1, number - WINDOW_RADIUS); n <= Math.min(total, number + WINDOW_RADIUS); n++) window.push(link(n));
    return {
      number,
      items: oldestFirst.slice(index * size, number * size).reverse(),
      pagination: {
        current: number,
        window,
        newer: number < total ? link(number + 1) : null,
        older: number > 1 ? link(number - 1) : null,
        oldest: link(1),
      },
    };
  });
}
