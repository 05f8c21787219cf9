import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import { fixtures, hashTree, runCli, runScript, tempDir } from "../e2e/cli.ts";

/** Three states of one archive: as it starts, with a seed changed, added and removed, and changed back. */
async function seedStates(): Promise<string[]> {
  const first = path.join(await tempDir(), "seeds-1");
  await cp(path.join(fixtures, "archive"), first, { recursive: true });
  for (const { file, text } of generateSeeds(24, { seed: 5 })) await writeFile(path.join(first, file), text);
  const second = path.join(await tempDir(), "seeds-2");
  await cp(first, second, { recursive: true });
  const [changed, removed] = (await readdir(second)).filter((file) => file.startsWith("00")).sort();
  const text = await readFile(path.join(second, changed!), "utf8");
  await writeFile(path.join(second, changed!), text.replace(/^# .*$/m, "# A Rewritten Headline"));
  await rm(path.join(second, removed!));
  await writeFile(path.join(second, "added.txt"), generateSeeds(1, { seed: 99 })[0]!.text);
  const third = path.join(await tempDir(), "seeds-3");
  await cp(second, third, { recursive: true });
  await writeFile(path.join(third, changed!), text);
  return [first, second, third];
}

async function buildInTurn(mode: "fresh" | "shared", states: string[]): Promise<{ site: Record<string, string>; results: Array<{ ok: boolean; rendered: number; kept: number }> }> {
  const output = path.join(await tempDir(), "site");
  const run = await runScript("tests/support/session-builds.ts", [output, path.join(await tempDir(), "cache"), mode, ...states]);
  expect(run.code, run.stderr).toBe(0);
  return { site: await hashTree(output), results: JSON.parse(run.stdout) };
}

describe("build sessions", () => {
  let states: string[];
  let clean: Record<string, string>;
  beforeAll(async () => {
    states = await seedStates();
    const output = path.join(await tempDir(), "site");
    expect((await runCli("build", ["--seeds", states.at(-1)!, "--output", output, "--no-cache"])).code).toBe(0);
    clean = await hashTree(output);
  });

  it("should give the same bytes from builds with fresh sessions, from builds sharing one session, and from a clean build", async () => {
    const fresh = await buildInTurn("fresh", states);
    const shared = await buildInTurn("shared", states);
    expect(shared.site).toEqual(fresh.site);
    expect(shared.site).toEqual(clean);
    expect(shared.results).toEqual(fresh.results);
    // The later builds were incremental: most pages were kept.
    for (const result of shared.results.slice(1)) expect(result.kept).toBeGreaterThan(result.rendered);
  });

  it("should, asked to keep the plan, plan a site that is up to date, so that the next build plans only the articles a change reaches", async () => {
    const [first, second] = states as [string, string];
    const output = path.join(await tempDir(), "site");
    const cache = path.join(await tempDir(), "cache");
    expect((await runCli("build", ["--seeds", first, "--output", output, "--cache-dir", cache])).code).toBe(0);
    const run = await runScript("tests/support/kept-plan-builds.ts", [output, cache, first, second]);
    expect(run.code, run.stderr).toBe(0);
    const [warm, save] = JSON.parse(run.stdout) as Array<{ ok: boolean; rendered: number; keptArticles: number }>;
    expect(warm).toMatchObject({ ok: true, rendered: 0 });
    // A seed changed, one added and one removed: most articles' own pages kept their keys.
    expect(save!.keptArticles).toBeGreaterThan(0);
    expect(save!.rendered).toBeGreaterThan(0);
    const last = path.join(await tempDir(), "site");
    expect((await runCli("build", ["--seeds", second, "--output", last, "--no-cache"])).code).toBe(0);
    expect(await hashTree(output)).toEqual(await hashTree(last));
  });

  it("should let a lasting session trust the site it wrote, and a build of its own make again a kept page removed by hand", async () => {
    const output = path.join(await tempDir(), "site");
    const run = await runScript("tests/support/trusted-site.ts", [output, path.join(await tempDir(), "cache"), "search/index.html", ...states]);
    expect(run.code, run.stderr).toBe(0);
    // npm start's save does not check the 431,000 kept files of a large site; the next one-off build does.
    expect(JSON.parse(run.stdout)).toEqual([true, false, true]);
    expect(await hashTree(output)).toEqual(clean);
  });
});

describe("memory while pages render", () => {
  it("should keep nothing of a save's plan once it is published (npm start holds only its session)", async () => {
    const seeds = path.join(await tempDir(), "seeds");
    await cp(path.join(fixtures, "archive"), seeds, { recursive: true });
    const extra = path.join(await tempDir(), "extra.txt");
    await writeFile(extra, generateSeeds(1, { seed: 8 })[0]!.text);
    const run = await runScript("tests/support/held-after-build.ts", [seeds, path.join(await tempDir(), "site"), path.join(await tempDir(), "cache"), extra]);
    expect(run.code, run.stderr).toBe(0);
    // Eleventy keeps its first run's layouts, with that run's settings, for as long as the process
    // runs: a transform of ours held, through the progress it counted on, the plan of the build that
    // rendered first on this thread (at 100,000 articles, npm start's first save: about 400 MB).
    const { rendered, steps, held } = JSON.parse(run.stdout) as { rendered: number[]; steps: number; held: number };
    expect(rendered.every((count) => count > 0)).toBe(true);
    expect(steps).toBe(2);
    expect(held).toBe(0);
  });

  it("should hold no parsed article (only the archive's copies) nor the seeds' stats, once the pages render (cold and warm cache)", async () => {
    const seeds = path.join(await tempDir(), "seeds");
    await cp(path.join(fixtures, "archive"), seeds, { recursive: true });
    for (const { file, text } of generateSeeds(12, { seed: 3 })) await writeFile(path.join(seeds, file), text);
    const cache = path.join(await tempDir(), "cache");
    for (const output of [path.join(await tempDir(), "cold"), path.join(await tempDir(), "warm")]) {
      const run = await runScript("tests/support/held-articles.ts", [seeds, output, cache]);
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as { ok: boolean; parsed: number; heldWhileRendering: number | null; stats: number; statsWhileRendering: number | null };
      expect(result.ok).toBe(true);
      expect(result.parsed).toBeGreaterThan(12);
      expect(result.heldWhileRendering).toBe(0);
      expect(result.stats).toBe(1); // one build, one look at its inputs
      expect(result.statsWhileRendering).toBe(0);
    }
  });
});
