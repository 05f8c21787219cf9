import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { processIsRunning } from "../common/process-running.ts";

const lockFile = (outputDir: string) => `${outputDir}.lock`;
/** Locks this process holds, released at once when it is stopped by a signal. */
const held = new Set<string>();

/**
 * Takes the lock of an output folder (`<output>.lock`, holding the builder's process id), so that
 * two builds never write one site at once: while another live process holds it, this waits
 * (calling `onWait` once); a lock left by a process that is gone is taken over. Returns the
 * function that releases it.
 */
export async function lockOutput(outputDir: string, onWait: (pid: number) => void = () => {}): Promise<() => void> {
  const file = lockFile(outputDir);
  await mkdir(path.dirname(file), { recursive: true });
  let told = false;
  let emptyReads = 0;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      held.add(file);
      return () => release(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const text = readText(file);
    if (text === "" && emptyReads++ < 20) {
      await sleep(50); // just made by another build, which is about to write its id
      continue;
    }
    const holder = Number(text);
    if (holder === process.pid) throw new Error(`this process is already building ${outputDir}: one build at a time into one output folder`);
    if (!processIsRunning(holder)) {
      rmSync(file, { force: true }); // left by a build that was killed
      continue;
    }
    if (!told) onWait(holder);
    told = true;
    await sleep(100);
  }
}

/** Releases every lock this process holds (a build stopped by a signal). */
export function releaseLocksNow(): void {
  for (const file of held) release(file);
}

function release(file: string): void {
  if (readText(file) === String(process.pid)) rmSync(file, { force: true });
  held.delete(file);
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}
