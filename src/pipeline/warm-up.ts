import type { SiteConfig } from "../site.config.ts";
import { parseOptionsFor } from "./load-seeds.ts";

/**
 * What `npm start` does while idle after it starts serving: loads and makes what its first save
 * would otherwise wait for, the parser (with citeproc's engines) and Eleventy, which later saves
 * find loaded. At 4,000 articles a first save spent about 2 s more parsing its seed and 1.4 s
 * more rendering its pages than the saves after it (docs/performance.md, session 21).
 */
export async function warmUpForSaves(site: SiteConfig): Promise<void> {
  const { warmUpParser } = await import("../parse/warm-up.ts");
  warmUpParser(parseOptionsFor(site));
  await import("../render/render-run.ts");
}
