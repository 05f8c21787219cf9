import { watch, type FSWatcher } from "node:fs";

/**
 * Calls `onChange` whenever a file or folder under `folder` is added, changed, renamed or
 * removed, at any depth. It says nothing about what changed: a rebuild lists the folder anyway,
 * and re-reads only the seeds whose size or times changed.
 *
 * Node's own recursive watcher (inotify on Linux), not chokidar: chokidar re-reads the folder on
 * every event, so it was slow to report a save in a large folder (measured: see docs/performance.md).
 */
export function watchSeeds(folder: string, onChange: () => void, onError: (error: Error) => void): FSWatcher {
  const watcher = watch(folder, { recursive: true }, () => onChange());
  watcher.on("error", onError);
  return watcher;
}
