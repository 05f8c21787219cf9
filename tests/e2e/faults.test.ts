import { spawn } from "node:child_process";
import { chmod, cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import { mountTmpfs, NO_MOUNT, remount, unmount } from "../support/mounts.ts";
import { copyProject } from "../support/project-copy.ts";
import { type CliRun, fixtures, hashTree, projectRoot, runCli, runScript, tempDir } from "./cli.ts";

const mustMount = process.env.CI === "true";

/** The folders a build leaves beside its output: staging folders, old sites, a lock. */
const leftovers = (output: string) => readdirSync(path.dirname(output)).filter((name) => name.startsWith(`${path.basename(output)}.`));

/** The last line a failed command printed: the one that says why. */
const lastLine = (run: CliRun) => run.stderr.trim().split("\n").at(-1) ?? "";

/** A seeds folder and a site built from it, and a change to one seed, so that the next build has work to do. */
async function builtSite(output: string): Promise<{ seeds: string; before: Record<string, string> }> {
  const seeds = path.join(await tempDir(), "seeds");
  await cp(path.join(fixtures, "search-archive"), seeds, { recursive: true });
  const first = await runCli("build", ["--seeds", seeds, "--output", output, "--no-cache"]);
  expect(first.code, first.stderr).toBe(0);
  const file = path.join(seeds, "glacier.txt");
  await writeFile(file, (await readFile(file, "utf8")).replace(/^# .*$/m, "# The Glacier, Revisited"));
  return { seeds, before: await hashTree(output) };
}

describe("a build that fails", () => {
  it("should exit 2 and say so when a Pagefind process is killed, leaving the previous site and no staging folder", async () => {
    const output = path.join(await tempDir(), "site");
    const { seeds, before } = await builtSite(output);
    const killer = path.join(await tempDir(), "pagefind-killed");
    await writeFile(killer, "#!/bin/sh\nkill -9 $$\n");
    await chmod(killer, 0o755);
    const run = await runCli("build", ["--seeds", seeds, "--output", output, "--no-cache"], { PAGEFIND_BINARY_PATH: killer, PAGEFIND_EXTENDED_BINARY_PATH: killer });
    expect(run.code).toBe(2);
    expect(lastLine(run)).toMatch(/^broadsheet: (?=.*search index)(?=.*Pagefind)/);
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace of ours
    expect(leftovers(output)).toEqual([]);
    expect(await hashTree(output)).toEqual(before);
  });

  it("should exit 2 with the template's error in one line when a template throws, leaving the previous site", async () => {
    const root = await copyProject();
    const output = path.join(await tempDir(), "site");
    const build = (args: string[]) =>
      runScript(path.relative(projectRoot, path.join(root, "src/cli/build.ts")), ["--seeds", path.join(fixtures, "archive"), "--output", output, "--no-cache", ...args]);
    expect((await build([])).code).toBe(0);
    const before = await hashTree(output);
    const template = path.join(root, "layouts/article.njk");
    await writeFile(template, `${await readFile(template, "utf8")}\n{{ page.title | nosuchfilter }}\n`);
    const run = await build([]);
    expect(run.code).toBe(2);
    expect(lastLine(run)).toMatch(/^broadsheet: .*nosuchfilter/);
    expect(
      run.stderr
        .trim()
        .split("\n")
        .filter((line) => line.startsWith("broadsheet:")),
    ).toHaveLength(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(leftovers(output)).toEqual([]);
    expect(await hashTree(output)).toEqual(before);
  });

  it("should not let Node end a command with code 0 while it still waits for an answer that never comes", async () => {
    const run = await runScript("tests/support/never-settles.ts", []);
    expect(run.code).toBe(2);
    expect(lastLine(run)).toMatch(/^broadsheet: the build stopped before it finished/);
  });
});

describe("a build on a disk that fails", () => {
  const mounts: string[] = [];
  afterAll(() => mounts.forEach(unmount));
  const disk = (sizeMb: number) => {
    const dir = mountTmpfs(sizeMb);
    if (dir) mounts.push(dir);
    else if (mustMount) throw new Error(`CI=true: ${NO_MOUNT}`);
    return dir;
  };

  it("should exit 2 naming the full disk, remove its staging folder, keep the previous site, and build once there is room", async (context) => {
    const dir = disk(20);
    if (!dir) return context.skip(NO_MOUNT);
    const output = path.join(dir, "site");
    const { seeds, before } = await builtSite(output);
    const filler = path.join(dir, "filler");
    // Fill the disk up to the last 64 KB: enough to start, too little for the new files.
    const { bavail, bsize } = await import("node:fs").then((fs) => fs.statfsSync(dir));
    await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - 64 * 1024)));
    const run = await runCli("build", ["--seeds", seeds, "--output", output, "--no-cache"]);
    expect(run.code).toBe(2);
    expect(lastLine(run)).toMatch(new RegExp(`^broadsheet: the disk holding ${dir} is full \\(.* free\\): free some space, or build elsewhere with --output DIR`));
    expect(leftovers(output)).toEqual([]);
    expect(await hashTree(output)).toEqual(before);
    await rm(filler);
    const again = await runCli("build", ["--seeds", seeds, "--output", output, "--no-cache"]);
    expect(again.code, again.stderr).toBe(0);
    expect(await hashTree(output)).not.toEqual(before);
  });

  it("should exit 2 naming a read-only file system, and leave the site on it as it was", async (context) => {
    const dir = disk(20);
    if (!dir) return context.skip(NO_MOUNT);
    const output = path.join(dir, "site");
    const { seeds, before } = await builtSite(output);
    remount(dir, "ro");
    const run = await runCli("build", ["--seeds", seeds, "--output", output, "--no-cache"]);
    remount(dir, "rw");
    expect(run.code).toBe(2);
    expect(lastLine(run)).toMatch(/^broadsheet: .* is on a read-only file system: build elsewhere with --output DIR$/);
    expect(await hashTree(output)).toEqual(before);
  });
});

describe("a build that is stopped or doubled", () => {
  let seeds: string;
  beforeAll(async () => {
    seeds = path.join(await tempDir(), "seeds");
    await cp(path.join(fixtures, "archive"), seeds, { recursive: true });
    for (const { file, text } of generateSeeds(600, { seed: 3 })) await writeFile(path.join(seeds, file), text);
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)("should leave the previous site and no staging folder when stopped by %s, and exit %i", async (signal, code) => {
    const output = path.join(await tempDir(), "site");
    const small = path.join(await tempDir(), "seeds");
    await cp(path.join(fixtures, "archive"), small, { recursive: true });
    expect((await runCli("build", ["--seeds", small, "--output", output, "--no-cache"])).code).toBe(0);
    const before = await hashTree(output);
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/build.ts", "--seeds", seeds, "--output", output, "--no-cache"], { cwd: projectRoot, stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
    // Stop it while it writes its staging folder.
    for (let waited = 0; !leftovers(output).some((name) => name.includes(".staging-")); waited += 20) {
      if (waited > 120_000) throw new Error("the build never started writing");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(leftovers(output)).toEqual([]);
    expect(await hashTree(output)).toEqual(before);
  });

  it("should let a second build into the same output wait for the first, and end with the site a single build makes", async () => {
    const output = path.join(await tempDir(), "site");
    const [a, b] = await Promise.all([runCli("build", ["--seeds", seeds, "--output", output, "--no-cache"]), runCli("build", ["--seeds", seeds, "--output", output, "--no-cache"])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stderr + b.stderr).toMatch(/Waiting for the build in process \d+ to finish writing/);
    const single = path.join(await tempDir(), "site");
    expect((await runCli("build", ["--seeds", seeds, "--output", single, "--no-cache"])).code).toBe(0);
    expect(await hashTree(output)).toEqual(await hashTree(single));
    expect(existsSync(`${output}.lock`)).toBe(false);
    expect((await readdir(path.dirname(output))).filter((name) => name.includes(".staging-"))).toEqual([]);
  });
});
