import { spawn } from "node:child_process";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Building into a fresh folder beside the output, then swapping it in, means a failed or killed
 * build leaves the previous site exactly as it was. The swap is two renames; a build killed
 * between them leaves the old site at `<output>.old-*`, which the next build puts back.
 * Leftovers of killed builds are cleared by the next one.
 */
export async function prepareStaging(outputDir: string): Promise<string> {
  await mkdir(path.dirname(outputDir), { recursive: true });
  await restoreInterruptedSwap(outputDir);
  await clearLeftovers(outputDir);
  const staging = `${outputDir}.staging-${process.pid}-${Date.now()}`;
  await mkdir(staging);
  return staging;
}

export async function swapIntoPlace(staging: string, outputDir: string): Promise<void> {
  const old = `${outputDir}.old-${process.pid}-${Date.now()}`;
  const hadOutput = await exists(outputDir);
  if (hadOutput) await rename(outputDir, old);
  await rename(staging, outputDir);
  if (hadOutput) removeInBackground(old);
}

export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}

/** Deleting a whole site takes seconds; a detached process does it while the build finishes. */
function removeInBackground(folder: string): void {
  const child = spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", folder], { detached: true, stdio: "ignore" });
  child.unref();
}

async function siblings(outputDir: string, kind: "old" | "staging"): Promise<string[]> {
  const prefix = `${path.basename(outputDir)}.${kind}-`;
  const names = await readdir(path.dirname(outputDir)).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(prefix)).sort().map((name) => path.join(path.dirname(outputDir), name));
}

async function restoreInterruptedSwap(outputDir: string): Promise<void> {
  if (await exists(outputDir)) return;
  const newest = (await siblings(outputDir, "old")).at(-1);
  if (newest) await rename(newest, outputDir);
}

/** Staging folders of builds that are no longer running, and old sites left behind. */
async function clearLeftovers(outputDir: string): Promise<void> {
  for (const folder of await siblings(outputDir, "staging")) {
    const pid = Number(path.basename(folder).split(".staging-")[1]?.split("-")[0]);
    if (!isRunning(pid)) await rm(folder, { recursive: true, force: true });
  }
  for (const folder of await siblings(outputDir, "old")) removeInBackground(folder);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return pid === process.pid;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
