import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cutRuns, jsonWeight, renderPages } from "../../src/render/render-pages.ts";
import { PAGES_PER_RUN } from "../../src/render/render-run.ts";
import { siteConfig } from "../../src/site.config.ts";
import { planSite } from "../../src/site/plan-site.ts";
import type { Page, PicturePage } from "../../src/site/pages.ts";
import { tempDir } from "../e2e/cli.ts";
import { archiveOf } from "../site/fixtures.ts";

/** `count` robots pages at their own paths, each with a title of `titleChars` characters (data a run holds). */
function robotsPages(count: number, titleChars = 10): Page[] {
  return Array.from({ length: count }, (_, index) => ({ kind: "robots", path: `/r/${index}.txt`, title: `${index} `.padEnd(titleChars, "x"), breadcrumbs: [] }));
}

describe("cutRuns", () => {
  it("should cut pages in order into runs of at most PAGES_PER_RUN, as many as the lanes or a multiple", () => {
    const pages = robotsPages(PAGES_PER_RUN * 3 + 1);
    const runs = [...cutRuns(pages, pages.length, 2)];
    expect(runs).toHaveLength(4);
    expect(runs.every((run) => run.length <= PAGES_PER_RUN)).toBe(true);
    expect(runs.flat()).toEqual(pages);
  });

  it("should give each lane a run when there are fewer pages than a run holds", () => {
    expect([...cutRuns(robotsPages(10), 10, 2)].map((run) => run.length)).toEqual([5, 5]);
  });

  it("should cut a run where its pages' data would pass the budget, and give a page over it a run of its own", () => {
    const small = robotsPages(6, 100);
    const big = robotsPages(1, 5_000);
    const pages = [...small.slice(0, 3), ...big, ...small.slice(3)];
    const chars = (run: Page[]) => run.reduce((sum, page) => sum + JSON.stringify(page).length, 0);
    const runs = [...cutRuns(pages, pages.length, 1, chars(small.slice(0, 2)))];
    expect(runs.map((run) => run.length)).toEqual([2, 1, 1, 2, 1]);
    expect(runs[2]).toEqual(big);
    expect(runs.flat()).toEqual(pages);
  });
});

describe("cutRuns: pages made as they are taken", () => {
  it("should make a run's pages only when the run is asked for, and set pictures aside", () => {
    const pages = robotsPages(100);
    const picture = { kind: "picture", path: "/p.jpg", title: "", breadcrumbs: [], source: "/seeds/p.jpg", width: null, format: null } as unknown as PicturePage;
    let made = 0;
    const source = (function* () {
      for (const [index, page] of pages.entries()) {
        made += 1;
        if (index === 10) yield picture;
        yield page;
      }
    })();
    const aside: PicturePage[] = [];
    const runs = cutRuns(source, 101, 2, Infinity, (found) => aside.push(found));
    expect(made).toBe(0);
    expect(runs.next().value).toEqual(pages.slice(0, 51));
    expect(made).toBe(52); // the first run, and the page that starts the next
    expect(aside).toEqual([picture]);
    expect([...runs].flat()).toEqual(pages.slice(51));
  });
});

describe("jsonWeight", () => {
  it("should be the length of the value's JSON, without making it, but for the escapes of its strings", () => {
    for (const value of [{}, [], [1, undefined], "text", 12.5, false, null, { a: undefined, b: [null, true, { c: "d" }] }]) expect(jsonWeight(value)).toBe(JSON.stringify(value).length);
    const pages = planSite(archiveOf(["2025-03-14", "2025-03-13", "2024-12-31"]), siteConfig);
    for (const page of pages) {
      const json = JSON.stringify(page).length;
      if (page.kind === "data")
        expect(jsonWeight(page)).toBeGreaterThan(json * 0.85); // a string of JSON: its quotes are escaped
      else expect(jsonWeight(page)).toBe(json);
    }
  });
});

describe("renderPages", () => {
  it("should fail with the error of a page that could not be made when its run was cut", async () => {
    const out = await tempDir();
    const pages = robotsPages(10);
    const source = {
      count: 3000, // enough for the worker lanes
      *[Symbol.iterator]() {
        yield* pages;
        throw new Error("the plan of /r/10.txt failed");
      },
    };
    await expect(renderPages(source, siteConfig, out, { threads: 2, runChars: 200 })).rejects.toThrow("the plan of /r/10.txt failed");
  }, 60_000);

  it("should render again, in halves, the pages of a run that filled a lane's heap", async () => {
    // 3,000 pages of 60 KB each (90 MB a run) on lanes of 96 MB, with no data budget: the first
    // runs end their workers, which Eleventy alone nearly fills; halves of halves fit.
    const out = await tempDir();
    const pages = robotsPages(3000, 60_000);
    let rendered = 0;
    const full: number[] = [];
    await renderPages(pages, siteConfig, out, { threads: 2, laneHeapMb: 96, runChars: Infinity, onRendered: (count) => (rendered += count), onLaneFull: (size) => full.push(size) });
    expect(full[0]).toBe(1500); // a first run filled its lane
    expect(rendered).toBe(3000); // each page counted once, though some were rendered twice
    expect(await readdir(path.join(out, "r"))).toHaveLength(3000);
    expect(await readFile(path.join(out, "r", "2999.txt"), "utf8")).toContain("User-agent: *");
  }, 120_000);
});
