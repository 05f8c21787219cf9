import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Building into a fresh folder beside the output, then swapping it in, means a failed or killed
 * build leaves the previous site exactly as it was. The swap is two renames; a build killed
 * between them leaves the old site at `<output>.old-*`, which the next build puts back.
 */
export async function prepareStaging(outputDir: string): Promise<string> {
  await restoreInterruptedSwap(outputDir);
  const staging = `${outputDir}.staging-${process.pid}-${Date.now()}`;
  await mkdir(path.dirname(staging), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  return staging;
}

export async function swapIntoPlace(staging: string, outputDir: string): Promise<void> {
  const old = `${outputDir}.old-${process.pid}-${Date.now()}`;
  const hadOutput = await exists(outputDir);
  if (hadOutput) await rename(outputDir, old);
  await rename(staging, outputDir);
  if (hadOutput) await rm(old, { recursive: true, force: true });
}

export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}

async function restoreInterruptedSwap(outputDir: string): Promise<void> {
  if (await exists(outputDir)) return;
  const parent = path.dirname(outputDir);
  const base = path.basename(outputDir);
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter((name) => name.startsWith(`${base}.old-`)).sort();
  const newest = leftovers.at(-1);
  if (newest) await rename(path.join(parent, newest), outputDir);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
