import { access, link, mkdir } from "node:fs/promises";
import path from "node:path";

/**
 * Puts unchanged files of the previous site into the new one as hard links: no bytes are copied
 * and the previous site is not touched (a new build writes new files, never into linked ones).
 * Returns the files that could not be linked (missing from the previous site), to be made anew.
 */
export async function carryOver(files: string[], fromDir: string, toDir: string): Promise<string[]> {
  const folders = new Map<string, Promise<unknown>>();
  const failed: string[] = [];
  const CONCURRENCY = 64;
  for (let start = 0; start < files.length; start += CONCURRENCY) {
    await Promise.all(
      files.slice(start, start + CONCURRENCY).map(async (file) => {
        const target = path.join(toDir, file);
        const dir = path.dirname(target);
        if (!folders.has(dir)) folders.set(dir, mkdir(dir, { recursive: true }));
        await folders.get(dir);
        await link(path.join(fromDir, file), target).catch((error: NodeJS.ErrnoException) => {
          if (error.code === "EEXIST") return;
          failed.push(file);
        });
      }),
    );
  }
  return failed;
}

/** Fails when a planned file is missing from the new site: a template that wrote nothing. */
export async function assertWritten(files: string[], dir: string): Promise<void> {
  const missing: string[] = [];
  await Promise.all(files.map((file) => access(path.join(dir, file)).catch(() => missing.push(file))));
  if (missing.length > 0) {
    throw new Error(`the build planned ${missing.length} page(s) that no template wrote, e.g. ${missing.sort()[0]}: check that layouts/ has a template for each kind of page in src/site/pages.ts`);
  }
}
