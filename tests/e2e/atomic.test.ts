import { spawn } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import { copyFixture, hashTree, projectRoot, runCli, tempDir } from "./cli.ts";

async function stagingFolders(parent: string): Promise<string[]> {
  return (await readdir(parent)).filter((name) => name.includes(".staging-"));
}

describe("atomic output", () => {
  it("should leave the previous site exactly as it was when a build is killed part-way, and recover on the next build", async () => {
    const seeds = await copyFixture("archive");
    for (const { file, text } of generateSeeds(150, { seed: 5 })) await writeFile(path.join(seeds, file), text);
    const parent = await tempDir();
    const out = path.join(parent, "site");
    const cache = path.join(parent, "cache");
    expect((await runCli("build", ["--seeds", seeds, "--output", out, "--cache-dir", cache])).code).toBe(0);
    const before = await hashTree(out);

    await writeFile(path.join(seeds, "late.txt"), "# A Late Addition\n\nNovember 1, 2026\n\nText.\n");
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/build.ts", "--seeds", seeds, "--output", out, "--no-cache"], { cwd: projectRoot, stdio: "ignore" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Kill it while it writes the new site: once its staging folder has pages in it.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const [staging] = await stagingFolders(parent);
      const written = staging ? await readdir(path.join(parent, staging), { recursive: true }).catch(() => []) : [];
      if (written.length > 20) break;
      if (Date.now() > deadline) throw new Error("the build never started writing");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill("SIGKILL");
    await exited;

    expect(await hashTree(out)).toEqual(before);
    expect(await stagingFolders(parent)).toHaveLength(1); // the killed build's half-written site

    const next = await runCli("build", ["--seeds", seeds, "--output", out, "--cache-dir", cache]);
    expect(next.code).toBe(0);
    expect(await stagingFolders(parent)).toEqual([]);
    expect(Object.keys(await hashTree(out))).toContain("2026/11/01/a-late-addition/index.html");
  });
});
