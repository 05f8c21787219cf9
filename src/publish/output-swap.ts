import { spawn } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { processIsRunning } from "../common/process-running.ts";

/**
 * Building into a fresh folder beside the output, then swapping it in, means a failed or killed
 * build leaves the previous site exactly as it was. The swap is two renames; a build killed
 * between them leaves the old site at `<output>.old-*`, which the next build puts back.
 * Leftovers of killed builds are cleared by the next one.
 */
export async function prepareStaging(outputDir: string): Promise<string> {
  await mkdir(path.dirname(outputDir), { recursive: true });
  await recoverOutput(outputDir);
  const staging = `${outputDir}.staging-${process.pid}-${Date.now()}`;
  await mkdir(staging);
  openStagings.add(staging);
  return staging;
}

/** The two renames run back to back, synchronously, so that no signal handler runs between them. */
export async function swapIntoPlace(staging: string, outputDir: string): Promise<void> {
  const old = `${outputDir}.old-${process.pid}-${Date.now()}`;
  const hadOutput = existsSync(outputDir);
  if (hadOutput) renameSync(outputDir, old);
  renameSync(staging, outputDir);
  openStagings.delete(staging);
  if (hadOutput) removeInBackground(old);
}

export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  openStagings.delete(staging);
}

/** Staging folders of this process not yet swapped in or discarded. */
const openStagings = new Set<string>();

/**
 * Removes this process's staging folders at once, for a build stopped by a signal. A journal's
 * staging folder is never among them: the moves run synchronously, so a signal is handled before
 * the journal is written (the folder is removed) or after the moves are made (it is gone).
 */
export function discardStagingNow(): void {
  for (const staging of openStagings) rmSync(staging, { recursive: true, force: true });
  openStagings.clear();
}

/** Marks a staging folder as taken over by a journal (which removes it once its moves are made). */
export function releaseStaging(staging: string): void {
  openStagings.delete(staging);
}

/** Deleting a whole site is slow; a detached process does it while the build finishes. */
function removeInBackground(folder: string): void {
  const child = spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", folder], { detached: true, stdio: "ignore" });
  child.unref();
}

async function siblings(outputDir: string, kind: "old" | "staging"): Promise<string[]> {
  const prefix = `${path.basename(outputDir)}.${kind}-`;
  const names = await readdir(path.dirname(outputDir)).catch(() => [] as string[]);
  return names
    .filter((name) => name.startsWith(prefix))
    .sort()
    .map((name) => path.join(path.dirname(outputDir), name));
}

async function restoreInterruptedSwap(outputDir: string): Promise<void> {
  if (await exists(outputDir)) return;
  const newest = (await siblings(outputDir, "old")).at(-1);
  if (newest) await rename(newest, outputDir);
}

/**
 * Puts back a site a killed build had moved aside, then removes what killed builds left: their
 * staging folders, and old sites.
 */
export async function recoverOutput(outputDir: string): Promise<void> {
  await restoreInterruptedSwap(outputDir);
  await clearLeftovers(outputDir);
}

/** Staging folders of builds that are no longer running, and old sites left behind. */
async function clearLeftovers(outputDir: string): Promise<void> {
  for (const folder of await siblings(outputDir, "staging")) {
    const pid = Number(path.basename(folder).split(".staging-")[1]?.split("-")[0]);
    if (!processIsRunning(pid)) await rm(folder, { recursive: true, force: true });
  }
  for (const folder of await siblings(outputDir, "old")) removeInBackground(folder);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
