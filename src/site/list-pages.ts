import type { ArchivedArticle } from "../article.ts";
import { paginateStable } from "./paginate.ts";
import type { ListPage, PageLink, Pagination } from "./pages.ts";
import { toListItem } from "./list-items.ts";

export interface ListDescription {
  section: ListPage["section"];
  /** The list's root, e.g. `/` or `/sources/reuters-com/`. */
  root: string;
  heading: string;
  lede: string;
  /** The `<title>` of the root page; numbered pages add ", page N". */
  title: string;
  breadcrumbs: PageLink[];
}

/**
 * A list of articles as pages: the root shows the newest `size` articles; when there are more,
 * numbered pages `root/page/N/` hold all of them in stable chunks from the oldest (page 1 is
 * always the oldest `size`), so adding an article rewrites only the root and the newest pages.
 */
export function planPagedList(newestFirst: ArchivedArticle[], size: number, list: ListDescription): ListPage[] {
  const pathOf = (n: number) => `${list.root}page/${n}/`;
  const base = { kind: "list" as const, section: list.section, heading: list.heading, breadcrumbs: list.breadcrumbs };
  if (newestFirst.length <= size) {
    return [{ ...base, path: list.root, title: list.title, lede: list.lede, items: newestFirst.map(toListItem), pagination: null }];
  }
  const slices = paginateStable(newestFirst, size, pathOf);
  // The oldest article the root does not show is on this page: "older" from the root leads there.
  const firstUnshown = Math.floor((newestFirst.length - size - 1) / size) + 1;
  const rootPagination: Pagination = {
    current: 0,
    window: slices.slice(-3).map((slice) => ({ label: String(slice.number), path: pathOf(slice.number) })),
    newer: null,
    older: { label: String(firstUnshown), path: pathOf(firstUnshown) },
    oldest: { label: "1", path: pathOf(1) },
  };
  const root: ListPage = { ...base, path: list.root, title: list.title, lede: list.lede, items: newestFirst.slice(0, size).map(toListItem), pagination: rootPagination };
  const numbered = slices.map((slice): ListPage => ({
    ...base,
    path: pathOf(slice.number),
    title: `${list.title}, page ${slice.number}`,
    lede: `Page ${slice.number}, newest first. Page 1 holds the oldest articles.`,
    items: slice.items.map(toListItem),
    pagination: slice.pagination,
  }));
  return [root, ...numbered];
}

/** The paths of the pages `planPagedList` makes of `count` articles under `root`, in order. */
export function pagedListPaths(root: string, count: number, size: number): string[] {
  if (count <= size) return [root];
  return [root, ...Array.from({ length: Math.ceil(count / size) }, (_, index) => `${root}page/${index + 1}/`)];
}
