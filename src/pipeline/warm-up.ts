import { collectGarbage } from "../common/collect-garbage.ts";
import type { BuildSession } from "../incremental/session.ts";
import type { SiteConfig } from "../site.config.ts";
import { parseOptionsFor } from "./load-seeds.ts";

/**
 * What `npm start` does while idle after it starts serving: loads and makes what its first save
 * would otherwise wait for, the parser (with citeproc's engines), Eleventy and the session's parse
 * cache, which later saves find loaded. At 4,000 articles a first save spent about 2 s more
 * parsing its seed and 1.4 s more rendering its pages than the saves after it (docs/performance.md,
 * session 21); at 100,000, 10 s more reading the parse cache (session 22).
 */
export async function warmUpForSaves(site: SiteConfig, session: BuildSession): Promise<void> {
  const { warmUpParser } = await import("../parse/warm-up.ts");
  warmUpParser(parseOptionsFor(site));
  await import("../render/render-run.ts");
  await session.parseCache.preload();
  if (session.parseCache.readSinceAsked()) collectGarbage(); // its files' text, let go while idle
}
