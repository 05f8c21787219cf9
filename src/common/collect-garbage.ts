import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

/**
 * Collects the garbage of this thread's heap now. V8 collects when a thread allocates, so the
 * garbage a large build's planning leaves stays through the render, during which the main thread
 * allocates little: at 100,000 articles, half a gigabyte of its heap (see docs/performance.md).
 * `--expose-gc`, set while running, gives `gc` to new contexts only: the command's own flags,
 * and its heap settings, stay as they are.
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}
