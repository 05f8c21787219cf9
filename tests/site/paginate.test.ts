import { describe, expect, it } from "vitest";
import { paginateStable } from "../../src/site/paginate.ts";

const pathOf = (n: number) => `/page/${n}/`;
const newestFirst = (count: number) => Array.from({ length: count }, (_, i) => count - i); // 1 is the oldest

describe("paginateStable", () => {
  it("should give one empty page for no items", () => {
    const pages = paginateStable([], 3, pathOf);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items).toEqual([]);
    expect(pages[0]!.pagination).toMatchObject({ current: 1, newer: null, older: null });
  });

  it("should give one page for one item", () => {
    expect(paginateStable([1], 3, pathOf).map((p) => p.items)).toEqual([[1]]);
  });

  it("should fill exactly one page without starting another", () => {
    expect(paginateStable(newestFirst(3), 3, pathOf).map((p) => p.items)).toEqual([[3, 2, 1]]);
  });

  it("should number pages from the oldest, newest first within a page", () => {
    expect(paginateStable(newestFirst(7), 3, pathOf).map((p) => p.items)).toEqual([[3, 2, 1], [6, 5, 4], [7]]);
  });

  it("should keep every full page the same when items are added", () => {
    const before = paginateStable(newestFirst(9), 3, pathOf);
    const after = paginateStable(newestFirst(10), 3, pathOf);
    expect(after[0]).toEqual(before[0]); // window [1,2,3] on both
    expect(after.slice(0, 3).map((p) => p.items)).toEqual(before.map((p) => p.items));
    expect(after[3]!.items).toEqual([10]);
  });

  it("should link newer and older neighbours and a window of two either side", () => {
    const pages = paginateStable(newestFirst(30), 3, pathOf);
    const fifth = pages[4]!.pagination;
    expect(fifth.newer).toEqual({ label: "6", path: "/page/6/" });
    expect(fifth.older).toEqual({ label: "4", path: "/page/4/" });
    expect(fifth.window.map((l) => l.label)).toEqual(["3", "4", "5", "6", "7"]);
    expect(fifth.oldest.path).toBe("/page/1/");
  });

  it("should refuse a page size below one", () => {
    expect(() => paginateStable([1], 0, pathOf)).toThrow(/page size/);
  });
});
