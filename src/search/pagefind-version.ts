import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../common/project-root.ts";

/**
 * The installed Pagefind's version, part of every shard's key: an upgrade re-indexes everything.
 * (The package exports only its module, so its `package.json` is read by path.)
 */
export const PAGEFIND_VERSION: string = readVersion();

function readVersion(): string {
  try {
    const file = path.join(projectRoot, "node_modules/pagefind/package.json");
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}
