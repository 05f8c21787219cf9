import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discardStaging, discardStagingNow, prepareStaging, releaseStaging, swapIntoPlace } from "../../src/publish/output-swap.ts";
import { hashTree, tempDir } from "../e2e/cli.ts";

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** A folder holding `site/` with an old home page and an old article. */
async function builtSite() {
  const parent = await tempDir();
  const output = path.join(parent, "site");
  write(output, "index.html", "old home");
  write(output, "2025/01/01/gone/index.html", "an old article");
  return { parent, output };
}

/** Waits for a condition that a background process makes true (for at most ten seconds). */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 10_000) throw new Error("waited ten seconds in vain");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The pid of a process that has ended (and, being reaped, is not running under that pid). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("prepareStaging", () => {
  it("should make a fresh, empty folder beside the output", async () => {
    const { parent, output } = await builtSite();
    const staging = await prepareStaging(output);
    expect(path.dirname(staging)).toBe(parent);
    expect(path.basename(staging)).toMatch(/^site\.staging-/);
    expect(readdirSync(staging)).toEqual([]);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("old home");
  });

  it("should make the output's parent folder when it does not exist yet", async () => {
    const output = path.join(await tempDir(), "deep/down/site");
    const staging = await prepareStaging(output);
    expect(existsSync(staging)).toBe(true);
    expect(path.dirname(staging)).toBe(path.dirname(output));
  });

  it("should put back the old site when a build was killed between the two renames", async () => {
    const { parent, output } = await builtSite();
    const { renameSync } = await import("node:fs");
    renameSync(output, path.join(parent, `site.old-${deadPid()}-1`)); // the first rename happened, the second did not
    await prepareStaging(output);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("old home");
    expect(readFileSync(path.join(output, "2025/01/01/gone/index.html"), "utf8")).toBe("an old article");
  });

  it("should not put an old site back over an output that is there", async () => {
    const { parent, output } = await builtSite();
    write(path.join(parent, `site.old-${deadPid()}-1`), "index.html", "older home");
    await prepareStaging(output);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("old home");
  });

  it("should remove the staging folders of builds that are no longer running", async () => {
    const { parent, output } = await builtSite();
    const leftover = path.join(parent, `site.staging-${deadPid()}-1`);
    write(leftover, "index.html", "half a build");
    await prepareStaging(output);
    expect(existsSync(leftover)).toBe(false);
  });

  it("should keep the staging folder of a build that is still running", async () => {
    const { parent, output } = await builtSite();
    const running = path.join(parent, `site.staging-${process.ppid}-1`); // a process that runs for sure: this one's parent
    write(running, "index.html", "a build under way");
    await prepareStaging(output);
    expect(readFileSync(path.join(running, "index.html"), "utf8")).toBe("a build under way");
  });

  it("should move an old site aside at once for one process to remove, so that the next builds leave it to that process", async () => {
    const { parent, output } = await builtSite();
    write(path.join(parent, `site.old-${deadPid()}-1`), "index.html", "older home");
    await prepareStaging(output);
    // Renamed after the process removing it, before prepareStaging returned: a second build finds no old site to remove again.
    const siblings = readdirSync(parent).filter((name) => name.startsWith("site."));
    expect(siblings.filter((name) => name.startsWith("site.old-"))).toEqual([]);
    const removing = siblings.filter((name) => name.startsWith("site.removing-"));
    expect(removing).toHaveLength(1);
    await until(() => !existsSync(path.join(parent, removing[0]!)));
  });

  it("should leave a site that a running process removes, and remove one whose process is gone", async () => {
    const { parent, output } = await builtSite();
    const running = path.join(parent, `site.removing-${process.ppid}-1`);
    const stopped = path.join(parent, `site.removing-${deadPid()}-1`);
    write(running, "index.html", "being removed");
    write(stopped, "index.html", "left half removed");
    await prepareStaging(output);
    await until(() => !readdirSync(parent).some((name) => name.startsWith("site.removing-") && name !== path.basename(running)));
    expect(readFileSync(path.join(running, "index.html"), "utf8")).toBe("being removed");
  });

  it("should leave folders of other outputs alone", async () => {
    const { parent, output } = await builtSite();
    const other = path.join(parent, `site-preview.staging-${deadPid()}-1`);
    write(other, "index.html", "another output's build");
    await prepareStaging(output);
    expect(existsSync(other)).toBe(true);
  });
});

describe("swapIntoPlace", () => {
  it("should replace the output with the staging folder: the old content gone, the new in", async () => {
    const { parent, output } = await builtSite();
    const staging = await prepareStaging(output);
    write(staging, "index.html", "new home");
    write(staging, "2026/02/03/new/index.html", "a new article");
    await swapIntoPlace(staging, output);
    expect(await hashTree(output)).toEqual(await hashTreeOf({ "index.html": "new home", "2026/02/03/new/index.html": "a new article" }));
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(parent).filter((name) => name.startsWith("site.staging-"))).toEqual([]);
  });

  it("should put the staging folder in place when there was no output", async () => {
    const output = path.join(await tempDir(), "site");
    const staging = await prepareStaging(output);
    write(staging, "index.html", "first home");
    await swapIntoPlace(staging, output);
    expect(await hashTree(output)).toEqual(await hashTreeOf({ "index.html": "first home" }));
    expect(existsSync(staging)).toBe(false);
  });
});

describe("discardStaging", () => {
  it("should remove the staging folder and leave the output as it was", async () => {
    const { output } = await builtSite();
    const before = await hashTree(output);
    const staging = await prepareStaging(output);
    write(staging, "2026/index.html", "a failed build's page");
    await discardStaging(staging);
    expect(existsSync(staging)).toBe(false);
    expect(await hashTree(output)).toEqual(before);
  });
});

describe("discardStagingNow", () => {
  it("should remove this process's open staging folders at once", async () => {
    const { output } = await builtSite();
    const staging = await prepareStaging(output);
    write(staging, "index.html", "half a build");
    discardStagingNow();
    expect(existsSync(staging)).toBe(false);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("old home");
  });

  it("should leave a staging folder handed to a journal, which still moves files out of it", async () => {
    const { output } = await builtSite();
    const staging = await prepareStaging(output);
    write(staging, "index.html", "new home");
    releaseStaging(staging);
    discardStagingNow();
    expect(readFileSync(path.join(staging, "index.html"), "utf8")).toBe("new home");
  });
});

/** The hashes of a folder holding exactly these files. */
async function hashTreeOf(files: Record<string, string>): Promise<Record<string, string>> {
  const dir = await tempDir();
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  return hashTree(dir);
}
