import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SiteConfig } from "../site.config.ts";
import { projectRoot } from "./project-root.ts";

/** Everything besides a page's own data that shapes what it looks like once rendered. */
const RENDER_INPUTS = ["layouts", "public", "src/site", "src/eleventy", "src/build/render-site.ts", ".eleventy.ts", "node_modules/@11ty/eleventy/package.json"];

/**
 * A hash of the templates, static files, rendering code and site configuration. Pages rendered
 * under another version are never reused.
 */
export async function renderVersion(site: SiteConfig): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify(site));
  for (const input of RENDER_INPUTS) {
    for (const file of await filesUnder(path.join(projectRoot, input))) {
      hash.update(path.relative(projectRoot, file)).update("\0").update(await readFile(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

async function filesUnder(target: string): Promise<string[]> {
  const entries = await readdir(target, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries) return [target]; // a file
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
}

/**
 * A page's key: its data under a render version. Equal keys render to equal bytes. An article's
 * body is stood for by its `sourceKey` (which determines it), so keys cost little to compute.
 */
export function pageKey(page: unknown, version: string): string {
  return createHash("sha256").update(version).update("\0").update(JSON.stringify(page, withoutBodies)).digest("hex");
}

function withoutBodies(this: Record<string, unknown>, key: string, value: unknown): unknown {
  return (key === "bodyHtml" || key === "bodyText") && typeof this.sourceKey === "string" ? undefined : value;
}
