import path from "node:path";

/**
 * Paths relative to a folder (normal, `/`-separated), each joined to it as `path.join` would, but
 * as strings: `path.join` on 100,000 of them took a tenth of a second.
 */
export function pathsUnder(folder: string, relatives: readonly string[]): string[] {
  const prefix = path.join(folder, "_").slice(0, -1); // "" for ".", else ending in a separator
  return path.sep === "/" ? relatives.map((relative) => prefix + relative) : relatives.map((relative) => path.join(folder, relative));
}
