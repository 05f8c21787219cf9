import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import { fixtures, hashTree, runCli, runScript, tempDir } from "./cli.ts";

/** The same seeds (with an article captured three times) written in opposite orders, so the folders differ in creation (and listing) order. */
async function seedsFolder(order: "forward" | "backward"): Promise<string> {
  const dir = path.join(await tempDir(), "seeds");
  await mkdir(dir);
  const fixtureFiles = [...(await readdir(path.join(fixtures, "archive"))).map((file) => `archive/${file}`), ...(await readdir(path.join(fixtures, "versions"))).map((file) => `versions/${file}`)];
  const fixtureSeeds = await Promise.all(fixtureFiles.map(async (file) => ({ file: path.basename(file), text: await readFile(path.join(fixtures, file), "utf8") })));
  const files = [...generateSeeds(80, { seed: 11 }), ...fixtureSeeds];
  if (order === "backward") files.reverse();
  for (const { file, text } of files) await writeFile(path.join(dir, file), text);
  return dir;
}

describe("byte-identical builds", () => {
  let seeds: string;
  let reference: Record<string, string>;
  beforeAll(async () => {
    seeds = await seedsFolder("forward");
    const out = path.join(await tempDir(), "site");
    expect((await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache"])).code).toBe(0);
    reference = await hashTree(out);
    expect(Object.keys(reference).length).toBeGreaterThan(200);
  });

  it("should give the same site from a warm cache as without one", async () => {
    const cache = path.join(await tempDir(), "cache");
    const out = path.join(await tempDir(), "site");
    expect((await runCli("build", ["--seeds", seeds, "--output", out, "--cache-dir", cache])).code).toBe(0); // fills the cache
    await rm(out, { recursive: true });
    const warm = await runCli("build", ["--seeds", seeds, "--output", out, "--cache-dir", cache]);
    expect(warm.code).toBe(0);
    expect(await hashTree(out)).toEqual(reference);
  });

  it("should give the same site after incremental rebuilds as from scratch", async () => {
    const cache = path.join(await tempDir(), "cache");
    const out = path.join(await tempDir(), "site");
    const changing = path.join(await tempDir(), "seeds");
    await cp(seeds, changing, { recursive: true });
    const victim = (await readdir(changing)).find((file) => file.startsWith("0000"))!;
    const original = await readFile(path.join(changing, victim), "utf8");
    await writeFile(path.join(changing, victim), original.replace(/^# .*$/m, "# A Different Title"));
    expect((await runCli("build", ["--seeds", changing, "--output", out, "--cache-dir", cache])).code).toBe(0);
    await writeFile(path.join(changing, victim), original); // back as it was: the rebuild reuses most pages
    const rebuild = await runCli("build", ["--seeds", changing, "--output", out, "--cache-dir", cache]);
    expect(rebuild.stdout).toMatch(/\d+ pages written, \d+ kept/);
    expect(await hashTree(out)).toEqual(reference);
  });

  /** A copy of the seeds to change, one seed of it, and builds of the copy as npm start makes them. */
  async function pagesFirstSetup() {
    const changing = path.join(await tempDir(), "seeds");
    await cp(seeds, changing, { recursive: true });
    const victim = path.join(
      changing,
      (await readdir(changing)).find((file) => file.startsWith("0000"))!,
    );
    const original = await readFile(victim, "utf8");
    const [out, cache] = [path.join(await tempDir(), "site"), path.join(await tempDir(), "cache")];
    const pagesFirst = (...extra: string[]) => runScript("tests/support/pages-first-build.ts", [changing, out, cache, ...extra]);
    return { victim, original, out, pagesFirst };
  }

  it("should publish the pages before the search index when asked (npm start), and end with the same site", async () => {
    const { victim, original, out, pagesFirst } = await pagesFirstSetup();
    await writeFile(victim, original.replace(/^# .*$/m, "# A Different Title"));
    expect((await pagesFirst()).code).toBe(0);
    const before = await hashTree(out);

    await writeFile(victim, original);
    const stopped = await pagesFirst("--stop-after-pages");
    expect(stopped.code).toBe(3);
    // At that moment the pages are the new ones already, and the search index is the old one.
    const published = JSON.parse(stopped.stdout) as Record<string, string>;
    const isSearch = (file: string) => file.startsWith("pagefind/");
    const only = (tree: Record<string, string>, keep: (file: string) => boolean) => Object.fromEntries(Object.entries(tree).filter(([file]) => keep(file)));
    expect(only(published, (file) => !isSearch(file))).toEqual(only(reference, (file) => !isSearch(file)));
    expect(only(published, isSearch)).toEqual(only(before, isSearch));
    expect(only(before, isSearch)).not.toEqual(only(reference, isSearch));

    // The next build sees that the search index is behind, and brings it up to date.
    const next = await pagesFirst();
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toEqual({ published: 1 });
    expect(await hashTree(out)).toEqual(reference);
  });

  it("should make again, in npm start's second step, a kept page that was removed from the site by hand", async () => {
    const { victim, original, out, pagesFirst } = await pagesFirstSetup();
    await writeFile(victim, original.replace(/^# .*$/m, "# A Different Title"));
    expect((await pagesFirst()).code).toBe(0);

    await rm(path.join(out, "search/index.html")); // a page the next update keeps
    await writeFile(victim, original);
    const next = await pagesFirst();
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toEqual({ published: 1 });
    expect(await hashTree(out)).toEqual(reference);
  });

  it("should not depend on time zone, locale, file creation order or threads", async () => {
    const backward = await seedsFolder("backward");
    const out = path.join(await tempDir(), "site");
    const env = { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8", BROADSHEET_THREADS: "1" };
    expect((await runCli("build", ["--seeds", backward, "--output", out, "--no-cache"], env)).code).toBe(0);
    expect(await hashTree(out)).toEqual(reference);
  });
});
