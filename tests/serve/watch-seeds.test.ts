import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchSeeds } from "../../src/serve/watch-seeds.ts";

describe("watchSeeds", () => {
  const closers: Array<() => void> = [];
  afterEach(() => closers.splice(0).forEach((close) => close()));

  /** Watches a new folder; `next()` resolves at the next change reported. */
  async function watched() {
    const folder = await mkdtemp(path.join(os.tmpdir(), "broadsheet-watch-"));
    let waiting: (() => void) | undefined;
    let changes = 0;
    const watcher = watchSeeds(
      folder,
      () => {
        changes++;
        waiting?.();
      },
      (error) => {
        throw error;
      },
    );
    closers.push(() => watcher.close());
    const next = (what: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no change reported after ${what}`)), 5000);
        waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    return { folder, next, count: () => changes };
  }

  it("should report a seed added, changed, renamed in and removed", async () => {
    const { folder, next } = await watched();
    const file = path.join(folder, "a.txt");
    let seen = next("adding a seed");
    await writeFile(file, "# A\n");
    await seen;
    seen = next("changing it");
    await writeFile(file, "# A, changed\n");
    await seen;
    const outside = path.join(os.tmpdir(), `broadsheet-watch-${process.pid}.txt`);
    await writeFile(outside, "# B\n");
    seen = next("renaming a seed in");
    await rename(outside, path.join(folder, "b.txt"));
    await seen;
    seen = next("removing a seed");
    await rm(file);
    await seen;
  });

  it("should report seeds in subfolders, made after watching began", async () => {
    const { folder, next } = await watched();
    await mkdir(path.join(folder, "2024/may"), { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the new folders' events pass
    const seen = next("adding a seed two folders down");
    await writeFile(path.join(folder, "2024/may/c.txt"), "# C\n");
    await seen;
  });

  it("should report nothing while nothing changes", async () => {
    const { count } = await watched();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(count()).toBe(0);
  });
});
