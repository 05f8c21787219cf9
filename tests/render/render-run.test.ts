import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, tempDir } from "../e2e/cli.ts";

describe("renderRun", () => {
  it("should print nothing of Eleventy's own, even when one filter takes most of a run", async () => {
    // A sitemap of 60,000 pages calls the absoluteUrl filter 60,000 times: Eleventy timed its
    // filters and warned of it ("[11ty] Benchmark …") in the middle of npm start's output.
    const out = await tempDir();
    const run = await runScript("tests/support/render-sitemap.ts", [out, "60000"]);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toBe("");
    const xml = await readFile(path.join(out, "sitemap.xml"), "utf8");
    expect(xml.match(/<loc>/g)).toHaveLength(60_000);
  });

  it("should write a run's reference downloads beside its Eleventy pages, counting each", async () => {
    // A run is a render lane's work: the downloads are made there, not on the thread that holds the plan.
    const out = await tempDir();
    const run = await runScript("tests/support/render-with-cites.ts", [out]);
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("4");
    expect(await readFile(path.join(out, "robots.txt"), "utf8")).toContain("User-agent: *");
    expect(await readFile(path.join(out, "2025/03/14/tram/cite.bib"), "utf8")).toMatch(/^@article\{/);
    expect(await readFile(path.join(out, "2025/03/14/tram/cite.ris"), "utf8")).toMatch(/^TY {2}- NEWS/);
    expect(JSON.parse(await readFile(path.join(out, "2025/03/14/tram/cite.json"), "utf8"))).toHaveLength(1);
  });
});
