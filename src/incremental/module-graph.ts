import { readFile } from "node:fs/promises";
import path from "node:path";

export interface ModuleGraph {
  /** Every project file reachable from the entries, relative to the root, sorted. */
  files: string[];
  /** The packages those files import by name (`unified`, `@11ty/eleventy`), sorted. */
  packages: string[];
}

/**
 * Static and dynamic imports and re-exports with a literal specifier, `import.meta.resolve("x")`,
 * and `new URL("./x.ts", import.meta.url)` (how worker modules and data files, such as the CSL
 * styles, are named). A specifier inside a comment or string counts too: at worst a file more is
 * hashed, never one less.
 */
const SPECIFIER = /\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']|import\.meta\.resolve\(\s*["']([^"']+)["']|new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g;

/** The project's imports always name the file, extension included (`./slug.ts`). */
const MODULE_FILE = /\.[cm]?[jt]s$|\.json$/;

/**
 * The modules a program is made of, found by following imports from its entry files: what a
 * version of that program must hash, derived from the code rather than listed by hand.
 */
export async function moduleGraph(root: string, entries: string[]): Promise<ModuleGraph> {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((entry) => path.resolve(root, entry));
  const named = new Set(queue);
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const relative = path.relative(root, file).split(path.sep).join("/");
    if (files.has(relative)) continue;
    // A specifier found in a comment (this file's own, above) may name no file: only an entry must exist.
    const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" && !named.has(file) ? null : Promise.reject(error)));
    if (text === null) continue;
    files.add(relative);
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? match[4]!;
      if (specifier.startsWith(".")) {
        const target = path.resolve(path.dirname(file), specifier);
        if (MODULE_FILE.test(specifier)) queue.push(target);
        else if (!specifier.endsWith("/")) files.add(path.relative(root, target).split(path.sep).join("/")); // a data file (`./styles/apa.csl`): hashed, not read for imports; not a folder (`new URL("../../")`)
      } else if (!specifier.startsWith("node:")) packages.add(packageName(specifier));
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** `@11ty/eleventy/package.json` → `@11ty/eleventy`; `unist-util-visit` stays. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}
