import type { Diagnostic } from "../article.ts";
import type { Progress } from "../common/progress.ts";
import type { SiteConfig } from "../site.config.ts";

export interface BuildOptions {
  seedsDir: string;
  outputDir: string;
  site: SiteConfig;
  /** Where parse results and build manifests are kept; null builds everything from scratch. */
  cacheDir: string | null;
  /** Called when another build is writing the same output folder, which this build then waits for. */
  onWait?: (pid: number) => void;
  /**
   * Called once the new pages are in the site. When given, a small update publishes the pages
   * before it re-indexes search, and calls this in between (npm start reloads the browser).
   */
  onPagesPublished?: () => void | Promise<void>;
  /** Told how many seeds are parsed, pages rendered and search shards indexed, as they are. */
  progress?: Progress;
  /**
   * When nothing changed, plan the site all the same (writing nothing) unless the session holds
   * its plan already, so that the session's next build plans only what changes: `npm start`
   * asks for it once it serves, as its first build may have had nothing to do.
   */
  keepPlan?: boolean;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  articleCount: number;
  /** Pages rendered by this build, and pages kept from the previous one. */
  rendered: number;
  kept: number;
}
