import { spawn, type ChildProcess } from "node:child_process";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture, projectRoot, tempDir } from "./cli.ts";

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
async function waitFor(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe("npm start", () => {
  let child: ChildProcess;
  let output = "";
  let seeds: string;
  let out: string;
  let url: string;

  beforeAll(async () => {
    seeds = await copyFixture("archive");
    out = path.join(await tempDir(), "site");
    const cache = path.join(await tempDir(), "cache");
    child = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts", "--seeds", seeds, "--output", out, "--cache-dir", cache, "--port", "0"], { cwd: projectRoot });
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    await waitFor("the server to start", async () => /Serving .* at (http:\/\/\S+)/.test(output), 60_000);
    url = output.match(/Serving .* at (http:\/\/\S+?)\/? /)![1]!;
  });

  afterAll(() => {
    child?.kill();
  });

  it("should serve the built site on localhost", async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("New Tram Line Opens in the Old Town");
  });

  it("should rebuild when a seed is added, keep the last good site when one breaks, and drop a deleted seed's page", async () => {
    const added = path.join(out, "2025/06/01/a-seed-added-while-serving/index.html");
    await writeFile(path.join(seeds, "added.txt"), "# A Seed Added While Serving\n\nJune 1, 2025\n\nFresh text.\n");
    await waitFor("the added seed's page", () => exists(added));
    await waitFor("the index to list it", async () => (await readFile(path.join(out, "index.html"), "utf8")).includes("A Seed Added While Serving"));

    await writeFile(path.join(seeds, "broken.txt"), "# Broken\n\nFebruary 30, 2025\n\nText.\n");
    await waitFor("the broken seed's error", async () => output.includes("broken.txt:3:1: error"));
    expect(output).toContain("still serving the last good site");
    expect((await fetch(`${url}/2025/06/01/a-seed-added-while-serving/`)).status).toBe(200);

    await writeFile(path.join(seeds, "broken.txt"), "# Broken No More\n\nFebruary 28, 2025\n\nText.\n");
    await waitFor("the fixed seed's page", () => exists(path.join(out, "2025/02/28/broken-no-more/index.html")));

    await rm(path.join(seeds, "added.txt"));
    await waitFor("the deleted seed's page to go", async () => !(await exists(added)));
    expect((await fetch(`${url}/2025/06/01/a-seed-added-while-serving/`)).status).toBe(404);
  });
});

describe("npm start with a broken seed", () => {
  it("should report the seed's error once, not again from the plan it makes while idle", async () => {
    const seeds = await copyFixture("archive");
    await writeFile(path.join(seeds, "broken.txt"), "# Broken\n\nFebruary 30, 2025\n\nText.\n");
    const out = path.join(await tempDir(), "site");
    const cache = path.join(await tempDir(), "cache");
    let output = "";
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts", "--seeds", seeds, "--output", out, "--cache-dir", cache, "--port", "0"], { cwd: projectRoot });
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    try {
      await waitFor("the server to start", async () => /Serving .* at http/.test(output), 60_000);
      await new Promise((resolve) => setTimeout(resolve, 4_000)); // time for a build while idle, which a small archive takes well within
      expect(output.split("broken.txt:3:1: error").length - 1, output).toBe(1);
    } finally {
      child.kill();
    }
  }, 90_000);
});
