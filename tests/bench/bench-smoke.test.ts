import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeSeeds } from "../../src/bench/synthetic-seeds.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Figure {
  id: string;
  medianMs: number | null;
  peakRssMb: number | null;
  peakTreeRssMb: number | null;
  error: string | null;
}

describe("npm run bench", () => {
  // Asserts what the report holds, never how fast anything is.
  it("should measure every figure on 20 articles and write them as JSON", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bench-smoke-"));
    const json = join(dir, "bench.json");
    try {
      const args = ["--import", "tsx", "src/bench/run.ts", "--articles", "20", "--runs", "1", "--json", json];
      const output = await new Promise<string>((done) => {
        execFile(process.execPath, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (_error, stdout, stderr) => done(stdout + stderr));
      });
      expect(existsSync(json), output).toBe(true);
      const report = JSON.parse(await readFile(json, "utf8")) as { articles: number; runs: number; figures: Figure[] };
      expect(report).toMatchObject({ articles: 20, runs: 1, node: process.version });
      const ids = ["baseline-cold", "broadsheet-cold", "broadsheet-nochange", "broadsheet-add-one", "watch-latency", "watch-search-latency"];
      for (const id of ids) {
        const figure = report.figures.find((f) => f.id === id);
        expect(figure?.error, id).toBeNull();
        expect(figure?.medianMs, id).toBeGreaterThan(0);
        expect(figure?.peakRssMb, id).toBeGreaterThan(0);
      }
      // The build with its Pagefind processes, sampled: more than nothing, for a build that ran for seconds.
      expect(report.figures.find((f) => f.id === "broadsheet-cold")?.peakTreeRssMb).toBeGreaterThan(0);
      expect(output).toMatch(/figure\s+median time.+with its processes/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("npm run bench:saves", () => {
  it("should build a site's saves one after another and write each save's times as JSON", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bench-saves-"));
    const [seeds, site, cache, json] = ["seeds", "site", "cache", "saves.json"].map((name) => join(dir, name)) as [string, string, string, string];
    const run = (script: string, args: string[]) =>
      new Promise<string>((done) => {
        execFile(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (_error, stdout, stderr) => done(stdout + stderr));
      });
    try {
      await writeSeeds(seeds, 20);
      await run("src/cli/build.ts", ["--seeds", seeds, "--output", site, "--cache-dir", cache, "--quiet"]);
      const output = await run("src/bench/saves.ts", ["--seeds", seeds, "--output", site, "--cache-dir", cache, "--saves", "2", "--json", json]);
      expect(existsSync(json), output).toBe(true);
      const report = JSON.parse(await readFile(json, "utf8")) as { articles: number; saves: Array<{ pagesMs: number; allMs: number; pagesCpuMs: number; allCpuMs: number; rendered: number }> };
      expect(report.articles).toBe(20);
      expect(report.saves).toHaveLength(2);
      for (const save of report.saves) {
        expect(save.rendered).toBeGreaterThan(0); // each save added a seed: its page, the lists that show it
        expect(save.pagesMs).toBeGreaterThan(0);
        expect(save.allMs).toBeGreaterThanOrEqual(save.pagesMs);
        expect(save.pagesCpuMs).toBeGreaterThan(0);
        expect(save.allCpuMs).toBeGreaterThanOrEqual(save.pagesCpuMs);
      }
      expect((await readdir(seeds)).filter((file) => file.startsWith("extra_"))).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
