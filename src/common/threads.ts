import os from "node:os";

/** Threads a build may use: every core, or `BROADSHEET_THREADS` when set (to compare builds, or to leave a core free). */
export function buildThreads(): number {
  const fromEnv = Number(process.env.BROADSHEET_THREADS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : os.availableParallelism();
}
