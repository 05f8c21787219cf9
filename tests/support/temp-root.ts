import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unmount } from "./mounts.ts";

/**
 * Vitest's global setup: every temporary folder of a run (the tests' own, the builds' staging,
 * Chromium's profiles) goes under one folder, removed when the run ends. Test files made their
 * folders and left them (2.8 GB in 1,279 folders in /tmp after a day's runs). The workers
 * inherit TMPDIR, which `os.tmpdir()` reads.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), "broadsheet-tests-"));
  process.env.TMPDIR = root;
  return () => {
    // A test that failed before its cleanup may have left a tmpfs mounted (even read-only) inside.
    for (const mountPoint of mountsUnder(root).reverse()) unmount(mountPoint);
    rmSync(root, { recursive: true, force: true });
  };
}

function mountsUnder(root: string): string[] {
  let table: string;
  try {
    table = readFileSync("/proc/self/mounts", "utf8");
  } catch {
    return []; // no /proc: not Linux, and no tmpfs tests either
  }
  return table
    .split("\n")
    .map((line) => line.split(" ")[1] ?? "")
    .filter((mountPoint) => mountPoint.startsWith(root + path.sep));
}
