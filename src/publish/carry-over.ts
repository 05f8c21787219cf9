import { accessSync, linkSync, mkdirSync } from "node:fs";
import path from "node:path";

/**
 * Puts unchanged files of the previous site into the new one as hard links: no bytes are copied
 * and the previous site is not touched (a new build writes new files, never into linked ones).
 * Returns the files that could not be linked (missing from the previous site), to be made anew.
 * Synchronous on purpose: thousands of tiny system calls run faster in a loop than through
 * Node's thread pool.
 */
export function carryOver(files: string[], fromDir: string, toDir: string): string[] {
  const makeParent = parentMaker();
  const failed: string[] = [];
  for (const file of files) {
    const target = path.join(toDir, file);
    makeParent(target);
    try {
      linkSync(path.join(fromDir, file), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") failed.push(file);
    }
  }
  return failed;
}

/** Creates each file's folder once: a directory per page makes this the costly part. */
export function parentMaker(): (file: string) => void {
  const made = new Set<string>();
  return (file) => {
    const folder = path.dirname(file);
    if (made.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  };
}

/** Fails when a planned file is missing from the new site: a template that wrote nothing. */
export function assertWritten(files: string[], dir: string): void {
  const missing = files.filter((file) => {
    try {
      accessSync(path.join(dir, file));
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    throw new Error(`the build planned ${missing.length} page(s) that no template wrote, e.g. ${missing.sort()[0]}: check that layouts/ has a template for each kind of page in src/site/pages.ts`);
  }
}
