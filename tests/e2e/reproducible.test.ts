import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import { fixtures, hashTree, runCli, tempDir } from "./cli.ts";

/** The same seeds written in opposite orders, so the folders differ in creation (and listing) order. */
async function seedsFolder(order: "forward" | "backward"): Promise<string> {
  const dir = path.join(await tempDir(), "seeds");
  await mkdir(dir);
  const fixtureFiles = await readdir(path.join(fixtures, "archive"));
  const files = [
    ...generateSeeds(80, { seed: 11 }),
    ...(await Promise.all(fixtureFiles.map(async (file) => ({ file, text: await readFile(path.join(fixtures, "archive", file), "utf8") })))),
  ];
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

  it("should not depend on time zone, locale, file creation order or threads", async () => {
    const backward = await seedsFolder("backward");
    const out = path.join(await tempDir(), "site");
    const env = { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8", BROADSHEET_THREADS: "1" };
    expect((await runCli("build", ["--seeds", backward, "--output", out, "--no-cache"], env)).code).toBe(0);
    expect(await hashTree(out)).toEqual(reference);
  });
});
