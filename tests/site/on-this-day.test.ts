import { afterEach, describe, expect, it, vi } from "vitest";
import { planOnThisDay, monthDayLabel, onThisDayList } from "../../src/site/on-this-day.ts";
import { planSite } from "../../src/site/plan-site.ts";
import { siteConfig } from "../../src/site.config.ts";
import { archiveOf } from "./fixtures.ts";

const dates = ["2023-03-14", "2025-03-14", "2024-03-14", "2025-03-14", "2025-01-02", "2024-12-31"];

describe("planOnThisDay", () => {
  it("should plan a page for every calendar day with articles in any year, in calendar order", () => {
    const { days } = planOnThisDay(archiveOf(dates));
    expect(days.map((page) => [page.path, page.count])).toEqual([
      ["/on-this-day/01-02/", 1],
      ["/on-this-day/03-14/", 4],
      ["/on-this-day/12-31/", 1],
    ]);
  });

  it("should group a day's articles by year, newest year first, each linking to its day page", () => {
    const { days } = planOnThisDay(archiveOf(dates));
    const march = days.find((page) => page.path === "/on-this-day/03-14/")!;
    expect(march.groups.map((group) => [group.label, group.path, group.items.length])).toEqual([
      ["2025", "/2025/03/14/", 2],
      ["2024", "/2024/03/14/", 1],
      ["2023", "/2023/03/14/", 1],
    ]);
    expect(march).toMatchObject({ heading: "On this day: March 14", previous: { label: "January 2", path: "/on-this-day/01-02/" }, next: { label: "December 31", path: "/on-this-day/12-31/" } });
    expect(march.breadcrumbs.map((crumb) => crumb.path)).toEqual(["/", "/on-this-day/", "/on-this-day/03-14/"]);
  });

  it("should list the days by month on the index, with anchors for each month", () => {
    const { index } = planOnThisDay(archiveOf(dates));
    expect(index.months).toEqual([
      { id: "month-01", label: "January", days: [{ label: "2", path: "/on-this-day/01-02/", count: 1 }] },
      { id: "month-03", label: "March", days: [{ label: "14", path: "/on-this-day/03-14/", count: 4 }] },
      { id: "month-12", label: "December", days: [{ label: "31", path: "/on-this-day/12-31/", count: 1 }] },
    ]);
    expect(onThisDayList(index)).toEqual(["01-02", "03-14", "12-31"]);
  });

  it("should keep the pages of other days unchanged when an article is added", () => {
    const before = planOnThisDay(archiveOf(dates)).days;
    const after = planOnThisDay(archiveOf([...dates, "2026-03-14"])).days;
    expect(after.find((page) => page.path === "/on-this-day/12-31/")).toEqual(before.find((page) => page.path === "/on-this-day/12-31/"));
    expect(after.find((page) => page.path === "/on-this-day/03-14/")!.groups[0]!.label).toBe("2026");
  });

  it("should name February 29", () => {
    expect(monthDayLabel("02-29")).toBe("February 29");
  });
});

describe("planSite's on this day", () => {
  it("should give the home page the days to choose from, and put the day pages in the sitemap", () => {
    const pages = planSite(archiveOf(dates), siteConfig);
    expect(pages.find((page) => page.path === "/")).toMatchObject({ onThisDay: ["01-02", "03-14", "12-31"] });
    const sitemap = pages.find((page) => page.kind === "sitemap");
    expect(sitemap?.kind === "sitemap" && sitemap.paths).toEqual(expect.arrayContaining(["/on-this-day/", "/on-this-day/03-14/"]));
  });

  it("should give the days only to the home page's root, not its numbered pages", () => {
    const pages = planSite(archiveOf(Array.from({ length: 60 }, (_, i) => `2025-01-${String((i % 28) + 1).padStart(2, "0")}`)), siteConfig);
    expect(pages.find((page) => page.path === "/page/1/")).not.toHaveProperty("onThisDay");
  });
});

describe("planSite and the build's date", () => {
  afterEach(() => vi.useRealTimers());

  it("should plan the same pages whatever day the build runs on", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-14T12:00:00Z"));
    const onPi = planSite(archiveOf(dates), siteConfig);
    vi.setSystemTime(new Date("2027-12-31T23:00:00Z"));
    expect(planSite(archiveOf(dates), siteConfig)).toEqual(onPi);
  });
});
