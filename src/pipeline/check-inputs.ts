import { localToday } from "../common/calendar-date.ts";
import { createTimer } from "../common/timings.ts";
import { type BuildManifest, type ManifestSummary, readSummary, rewriteSummary } from "../incremental/build-manifest.ts";
import { confirmStamps, type FileStats, sameStamps, stampPrint, statFiles } from "../incremental/stamp-print.ts";
import type { BuildSession } from "../incremental/session.ts";
import { parserVersion, renderVersion } from "../incremental/versions.ts";
import { normalisePrefix, type SiteConfig } from "../site.config.ts";
import type { BuildOptions, BuildResult } from "./build-options.ts";
import { inputFiles, listSeedFiles, type SeedListing } from "./seed-files.ts";

/** What a build saw of its inputs before reading a byte of them, for the rest of the build to go on from. */
export interface InputsSeen {
  site: SiteConfig;
  versions: { parser: string; render: string };
  today: string;
  lap: (phase: string) => void;
  /** The seeds' listing and every input's stats, and what they say (`stampPrint`, `confirmStamps`). */
  listing: SeedListing;
  stats: FileStats;
  stamped: { print: string; racy: string[] };
  summary: ManifestSummary | null;
  /** The build's result when no file was written since the last build (npm start's session goes on only to keep its plan). */
  unchanged: BuildResult | null;
}

/**
 * The build's first look, without reading a byte of the inputs: when no file was written since
 * the last build, it is done (and `npm start`'s session, which asks to keep the plan, goes on).
 * Otherwise what it saw, to be taken once (an async function holds what it is given until it
 * returns: the listing and stats, 20 MB at 100,000 seeds, would stay through the render).
 */
export async function checkInputs(options: BuildOptions, session: BuildSession | undefined): Promise<{ done: BuildResult } | { parserVersion: string; take: () => InputsSeen }> {
  const { seedsDir, outputDir, cacheDir } = options;
  const lap = createTimer();
  const site = { ...options.site, pathPrefix: normalisePrefix(options.site.pathPrefix) };
  const versions = { parser: await (session?.parserVersion() ?? parserVersion()), render: await renderVersion(site) };
  const startedAt = Date.now();
  const listing = await listSeedFiles(seedsDir);
  const today = localToday();
  // No file written since the last build: nothing to read, not even the last build's page list.
  const stats = await statFiles(inputFiles(seedsDir, listing)); // once: the seed reader takes them too
  const stamped = stampPrint(stats, { seedsDir, listing }, versions, today, startedAt);
  const summary = await readSummary(cacheDir, outputDir, versions.render);
  const confirmed = summary && confirmStamps(summary.stamps, stamped);
  let unchanged: BuildResult | null = null;
  if (confirmed) {
    if (!sameStamps(confirmed, summary.stamps)) await rewriteSummary(cacheDir, outputDir, { ...summary, stamps: confirmed }); // fewer to read next time
    unchanged = nothingToDo(summary, summary.pageCount);
    if (!options.keepPlan) return { done: unchanged };
  }
  let seen: InputsSeen | null = { site, versions, today, lap, listing, stats, stamped, summary, unchanged };
  return {
    parserVersion: versions.parser, // for the session a one-off build then makes
    take: () => {
      const taken = seen!;
      seen = null;
      return taken;
    },
  };
}

/** The result of a build that had nothing to write. */
export function nothingToDo({ diagnostics, articleCount }: Pick<BuildManifest, "diagnostics" | "articleCount">, kept: number): BuildResult {
  return { ok: true, diagnostics, articleCount, rendered: 0, kept };
}
