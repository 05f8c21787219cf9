import { describe, expect, it } from "vitest";
import { planArchiveOverview, planDateArchive } from "../../src/site/date-archive.ts";
import { archiveOf } from "./fixtures.ts";

describe("planDateArchive", () => {
  it("should make a page for every year, month and day with articles, and no other", () => {
    const pages = planDateArchive(archiveOf(["2024-02-29", "2024-02-29", "2024-03-01", "2025-01-01"]));
    expect(pages.map((p) => p.path).sort()).toEqual(["/2024/", "/2024/02/", "/2024/02/29/", "/2024/03/", "/2024/03/01/", "/2025/", "/2025/01/", "/2025/01/01/"]);
  });

  it("should handle a leap day", () => {
    const day = planDateArchive(archiveOf(["2024-02-29"])).find((p) => p.level === "day")!;
    expect(day).toMatchObject({ path: "/2024/02/29/", heading: "February 29, 2024", count: 1 });
  });

  it("should link across the turn of the year, skipping empty periods", () => {
    const pages = planDateArchive(archiveOf(["2024-12-31", "2025-01-01", "2025-03-10"]));
    const byPath = Object.fromEntries(pages.map((p) => [p.path, p]));
    expect(byPath["/2024/12/31/"]!.next).toEqual({ label: "January 1, 2025", path: "/2025/01/01/" });
    expect(byPath["/2025/01/01/"]!.previous).toEqual({ label: "December 31, 2024", path: "/2024/12/31/" });
    expect(byPath["/2025/01/"]!.next).toEqual({ label: "March 2025", path: "/2025/03/" }); // February is empty
    expect(byPath["/2024/"]!).toMatchObject({ previous: null, next: { label: "2025", path: "/2025/" } });
    expect(byPath["/2025/03/"]!.next).toBeNull();
  });

  it("should group a year's articles by month and a month's by day, newest first", () => {
    const pages = planDateArchive(archiveOf(["2025-01-05", "2025-03-01", "2025-01-20", "2025-01-20"]));
    const year = pages.find((p) => p.path === "/2025/")!;
    expect(year.groups.map((g) => [g.label, g.count])).toEqual([
      ["March 2025", 1],
      ["January 2025", 3],
    ]);
    const january = pages.find((p) => p.path === "/2025/01/")!;
    expect(january.groups.map((g) => [g.path, g.count])).toEqual([
      ["/2025/01/20/", 2],
      ["/2025/01/05/", 1],
    ]);
    expect(january.breadcrumbs.map((b) => b.label)).toEqual(["Home", "2025", "January"]);
  });
});

describe("planArchiveOverview", () => {
  it("should count every year and month", () => {
    const overview = planArchiveOverview(archiveOf(["2024-12-31", "2025-01-01", "2025-01-02"]));
    expect(overview.total).toBe(3);
    expect(overview.years).toEqual([
      { label: "2025", path: "/2025/", count: 2, months: [{ label: "January", path: "/2025/01/", count: 2 }] },
      { label: "2024", path: "/2024/", count: 1, months: [{ label: "December", path: "/2024/12/", count: 1 }] },
    ]);
  });

  it("should be empty for an empty archive", () => {
    expect(planArchiveOverview([])).toMatchObject({ total: 0, years: [] });
    expect(planDateArchive([])).toEqual([]);
  });
});
