import { spawn } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { processIsRunning } from "../common/process-running.ts";

/**
 * Building into a fresh folder beside the output, then swapping it in, means a failed or killed
 * build leaves the previous site exactly as it was. The swap is two renames; a build killed
 * between them leaves the old site at `<output>.old-*`, which the next build puts back. An old
 * site is removed in the background, renamed `<output>.removing-<pid>-*` after the process
 * removing it. Leftovers of killed builds are cleared by the next one.
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
  if (hadOutput) removeInBackground(old, outputDir);
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

/**
 * Deleting a whole site is slow (minutes at 100,000 articles); a detached process does it while
 * the build finishes. The folder is first renamed after that process, so that the builds that
 * start meanwhile (npm start's saves) leave it to it instead of each starting another: four
 * were seen removing one folder at once, slowing every save.
 */
function removeInBackground(folder: string, outputDir: string): void {
  const script = "let f='';process.stdin.on('data',(d)=>f+=d).on('end',()=>require('node:fs').rmSync(f,{recursive:true,force:true}))";
  const child = spawn(process.execPath, ["-e", script], { detached: true, stdio: ["pipe", "ignore", "ignore"] });
  const removing = `${outputDir}.removing-${child.pid}-${Date.now()}`;
  try {
    renameSync(folder, removing);
  } catch {
    child.kill(); // gone already
    return;
  }
  child.stdin!.end(removing);
  child.unref();
}

async function siblings(outputDir: string, kind: "old" | "staging" | "removing"): Promise<string[]> {
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

/** Staging folders of builds that are no longer running, and old sites left behind or whose removal was stopped. */
async function clearLeftovers(outputDir: string): Promise<void> {
  for (const folder of await siblings(outputDir, "staging")) {
    if (!processIsRunning(pidOf(folder, "staging"))) await rm(folder, { recursive: true, force: true });
  }
  for (const folder of await siblings(outputDir, "old")) removeInBackground(folder, outputDir);
  for (const folder of await siblings(outputDir, "removing")) if (!processIsRunning(pidOf(folder, "removing"))) removeInBackground(folder, outputDir);
}

/** The process named in a sibling's name: `site.staging-<pid>-<time>`. */
const pidOf = (folder: string, kind: string): number => Number(path.basename(folder).split(`.${kind}-`)[1]?.split("-")[0]);

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
