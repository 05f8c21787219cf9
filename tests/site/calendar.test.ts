import { describe, expect, it } from "vitest";
import { heatLevel, yearCalendar, yearStrip } from "../../src/site/calendar.ts";
import { planArchiveOverview, planDateArchive } from "../../src/site/date-archive.ts";
import { archiveOf } from "./fixtures.ts";

const counts = new Map([
  ["2025-01-01", 1],
  ["2025-03-14", 4],
  ["2025-12-31", 2],
]);

describe("yearCalendar", () => {
  it("should give every day of the year one cell, 366 in a leap year", () => {
    expect(yearCalendar("2025", counts).cells).toHaveLength(365);
    expect(yearCalendar("2024", new Map()).cells).toHaveLength(366);
  });

  it("should put each day in its weekday's row and its week's column, Sunday first", () => {
    const { cells } = yearCalendar("2025", counts); // January 1, 2025 was a Wednesday
    const first = cells[0]!;
    const sunday = cells[4]!; // January 5
    expect(sunday.x - first.x).toBe(12);
    expect(first.y - sunday.y).toBe(3 * 12);
    expect(new Set(cells.map((cell) => cell.y)).size).toBe(7);
    expect(new Set(cells.map((cell) => cell.x)).size).toBe(53);
  });

  it("should link only the days with articles, labelled with their date and count", () => {
    const { cells } = yearCalendar("2025", counts);
    const linked = cells.filter((cell) => cell.path);
    expect(linked.map((cell) => [cell.path, cell.label])).toEqual([
      ["/2025/01/01/", "January 1, 2025: 1 article"],
      ["/2025/03/14/", "March 14, 2025: 4 articles"],
      ["/2025/12/31/", "December 31, 2025: 2 articles"],
    ]);
    expect(cells[1]).toMatchObject({ level: 0, path: null, label: "January 2, 2025: no articles" });
  });

  it("should shade by the number of articles, up to the year's busiest day", () => {
    const { cells } = yearCalendar("2025", counts);
    expect(cells.filter((cell) => cell.path).map((cell) => cell.level)).toEqual([1, 4, 2]);
  });

  it("should name each month above its first week, and say in words what it shows", () => {
    const calendar = yearCalendar("2025", counts);
    expect(calendar.months.map((month) => month.label)).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);
    expect(calendar.summary).toBe("Articles on 3 of 365 days; the busiest, March 14, 2025, had 4 articles.");
    expect(calendar.width).toBeGreaterThanOrEqual(Math.max(...calendar.cells.map((cell) => cell.x)) + calendar.cell);
  });

  it("should draw years before 1000 by their own calendar", () => {
    const cells = yearCalendar("0999", new Map([["0999-02-01", 1]])).cells;
    expect(cells).toHaveLength(365);
    expect(cells.find((cell) => cell.path)?.path).toBe("/0999/02/01/");
  });
});

describe("heatLevel", () => {
  it("should give no shade for no articles and the darkest for the busiest day", () => {
    expect([0, 1, 2, 3, 4, 8].map((count) => heatLevel(count, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });
});

describe("yearStrip", () => {
  it("should draw only the days with articles, each at its day of the year", () => {
    expect(yearStrip("2025", counts)).toEqual({
      year: "2025",
      days: 365,
      cells: [
        { x: 0, level: 1 },
        { x: 72, level: 4 },
        { x: 364, level: 2 },
      ],
      summary: "Articles on 3 of 365 days; the busiest, March 14, 2025, had 4 articles.",
    });
  });
});

describe("the date archive's calendars", () => {
  const articles = archiveOf(["2024-12-31", "2025-03-14", "2025-03-14", "2025-01-01"]);

  it("should give each year page, and only year pages, its calendar", () => {
    const pages = planDateArchive(articles);
    const year = pages.find((page) => page.path === "/2025/")!;
    expect(year.calendar?.cells.filter((cell) => cell.path).map((cell) => cell.path)).toEqual(["/2025/01/01/", "/2025/03/14/"]);
    expect(pages.filter((page) => page.calendar).map((page) => page.path)).toEqual(["/2025/", "/2024/"]);
  });

  it("should give the archive page one strip a year, in the order of its years", () => {
    const overview = planArchiveOverview(articles);
    expect(overview.strips.map((strip) => [strip.year, strip.cells.length])).toEqual([
      ["2025", 2],
      ["2024", 1],
    ]);
  });
});
