import { renameSync, writeFileSync } from "node:fs";

/**
 * Writes a file whole or not at all: into a file of this process beside it, then renamed over
 * it, so that a reader (or a build killed halfway) never finds half of it. Its folder must exist.
 */
export function writeWholeSync(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
