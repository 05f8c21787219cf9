import path from "node:path";
import { collectGarbage } from "../common/collect-garbage.ts";
import { noProgress, type Progress } from "../common/progress.ts";
import { type BuildManifest, manifestFile, planFile, readManifest, writeManifest, writeSummary } from "../incremental/build-manifest.ts";
import { diffSite, searchGroupId } from "../incremental/changeset.ts";
import { buildFingerprint } from "../incremental/fingerprint.ts";
import { pageCount, pageKeysOf } from "../incremental/page-key-parts.ts";
import { sameStamps, type Stamps } from "../incremental/stamp-print.ts";
import type { SeedFiles, SeedReader } from "../incremental/seed-reader.ts";
import { BuildSession } from "../incremental/session.ts";
import { publishUpdate, type SiteUpdate } from "../publish/publish.ts";
import { outputFileOf, type PageSource } from "../site/pages.ts";
import { planSite } from "../site/plan-site.ts";
import type { BuildOptions, BuildResult } from "./build-options.ts";
import { type InputsSeen, nothingToDo } from "./check-inputs.ts";
import { parseOptionsFor, parseSeedFiles, readSeedFiles } from "./load-seeds.ts";
import { keepPlan, planAndKey } from "./plan-and-key.ts";
import { writeFiles } from "./write-files.ts";

/**
 * The build after its first look (check-inputs.ts) found files written: reads and parses the
 * seeds, plans and keys the pages, and publishes what the changeset says.
 */
export async function buildChanges(options: BuildOptions, given: BuildSession | undefined, parserVersion: string, seen: () => InputsSeen): Promise<BuildResult> {
  const session = given ?? BuildSession.forOneBuild(options.cacheDir, parserVersion);
  const { outputDir, cacheDir, onPagesPublished, progress = noProgress } = options;
  const ready = await readAndPlan(options, session, seen, progress);
  if (ready.done) return ready.done;
  const { site, versions, lap, previous, stamps, fingerprint, diagnostics, archive, plan, shards, keyed, kept, planId } = ready;
  const { articles } = archive;
  const changes = diffSite(previous, { pages: keyed, shards });
  lap("changeset");
  const planned = new Map([...plan.shared, ...[...plan.names.values()].flatMap((pages) => pages ?? [])].map((page) => [page.path, page]));
  /** The pages at some paths; an article's own pages made as the render takes them (`PageSource`). */
  const pagesAt = (paths: ReadonlySet<string>): PageSource => {
    // The articles with own pages among them (their keys say which), and how many.
    const own = [...plan.own].map(([article, pagesOf]) => ({ pagesOf, wanted: kept.own.get(article)!.filter((page) => paths.has(page.path)).length })).filter(({ wanted }) => wanted > 0);
    const found = [...paths].filter((path) => planned.has(path)).length + own.reduce((sum, { wanted }) => sum + wanted, 0);
    // The whole plan, made only for pages a kept plan left out that must be written all the same (a file deleted by hand).
    if (found < paths.size) return planSite(articles, site, { parserVersion: versions.parser }, archive.entities).filter((page) => paths.has(page.path));
    return {
      count: paths.size,
      *[Symbol.iterator]() {
        for (const path of paths) if (planned.has(path)) yield planned.get(path)!;
        for (const { pagesOf } of own) for (const page of pagesOf()) if (paths.has(page.path)) yield page;
      },
    };
  };

  const manifest: BuildManifest = {
    format: 4,
    renderVersion: versions.render,
    outputIdentity: previous?.outputIdentity ?? "",
    fingerprint,
    stamps,
    diagnostics,
    articleCount: articles.length,
    pages: pageKeysOf(keyed, previous?.pages),
    groups: {}, // kept shards' groups now, indexed ones as they are written
    plan: planId,
  };
  const toIndex = new Set(changes.index);
  for (const shard of shards) if (!toIndex.has(shard.id)) manifest.groups[searchGroupId(shard.id)] = previous!.groups[searchGroupId(shard.id)]!;
  const result: BuildResult = { ok: true, diagnostics, articleCount: articles.length, rendered: changes.render.length, kept: changes.keep.length };
  const remember = async (written: BuildManifest) => {
    if (!cacheDir) return;
    session.keptPlan.remember(written);
    await session.manifests.remember(manifestFile(cacheDir, outputDir), written);
  };
  if (changes.unchanged) {
    await writeManifest(cacheDir, outputDir, manifest); // the inputs changed, the site did not
    await remember(manifest);
    return result;
  }

  const render = pagesAt(new Set(changes.render));
  const index = shards.filter((shard) => toIndex.has(shard.id));
  const context = { site, manifest, lanes: session.searchLanes, facets: session.shardFacets, lap, progress };
  const remake = (staging: string, missing: ReadonlySet<string>) => {
    const missingShards = shards.filter((shard) => manifest.groups[searchGroupId(shard.id)]?.files.some((file) => missing.has(file)));
    return writeFiles(staging, context, pagesAt(new Set(keyed.filter((page) => missing.has(page.file)).map((page) => page.path))), missingShards, null);
  };
  const fresh = previous === null || changes.render.length > keyed.length / 2;
  const published = path.resolve(outputDir);
  const update: SiteUpdate = {
    write: (staging) => writeFiles(staging, context, render, index, shards),
    keep: [...changes.keep, ...changes.keepShardFiles],
    remake,
    checkKept: !session.lasting || !session.publishedTo.has(published),
    remove: [...changes.removePages, ...changes.removeShardFiles],
    written: fresh ? keyed.map((page) => page.file) : changes.render.map(outputFileOf),
    manifest,
    cacheDir,
  };

  if (previous && !fresh && onPagesPublished && changes.render.length > 0 && index.length > 0) {
    // Pages first, then the search index: a new article can be read before it can be found. The
    // kept files are checked for in the second step, so that the new pages wait for no checks.
    const pagesOnly: BuildManifest = { ...manifest, fingerprint: null, stamps: null, groups: previous.groups };
    const noRemake = async () => {};
    const pagesStep: SiteUpdate = {
      write: (staging) => writeFiles(staging, { ...context, manifest: pagesOnly }, render, [], null),
      keep: [],
      remake: noRemake,
      checkKept: false, // it keeps nothing: the second step checks
      remove: changes.removePages,
      written: update.written,
      manifest: pagesOnly,
      cacheDir,
    };
    await publishUpdate(outputDir, pagesStep, false);
    lap("pages published");
    await onPagesPublished();
    await remember(await publishUpdate(outputDir, { ...update, write: (staging) => writeFiles(staging, context, [], index, shards), remove: changes.removeShardFiles, written: [] }, false));
  } else {
    await remember(await publishUpdate(outputDir, update, fresh));
    await onPagesPublished?.();
  }
  session.publishedTo.add(published);
  lap("published");
  return result;
}

/**
 * Reads, parses and plans, up to the changeset; or says the build is done (nothing changed, or
 * an error). A function of its own, which takes what the first look saw: an async function keeps
 * its locals until it returns, and the seeds' listing and stats, every seed's entry and every
 * parsed article stayed through the render (at 100,000 articles, 190 MB of the main thread's heap), where the archive's copies are enough.
 */
async function readAndPlan(options: BuildOptions, session: BuildSession, seen: () => InputsSeen, progress: Progress) {
  const { seedsDir, outputDir, cacheDir } = options;
  const { site, versions, today, lap, listing, stats, stamped, summary, unchanged } = seen();
  const parse = (files: SeedFiles) => parseSeedFiles(files, { ...parseOptionsFor(site), today }, session, progress);
  const keep = { site, versions, session, parse, cacheDir, outputDir };
  const previous = await readManifest(cacheDir, outputDir, versions.render, session.manifests);
  if (unchanged) {
    // Nothing written since the last build; the session asks to keep its plan (`keepPlan`).
    if (previous) await keepPlan(previous, () => readSeedFiles(seedsDir, session.seedReader, listing, stats), keep);
    return { done: unchanged };
  }
  const files = await readSeedFiles(seedsDir, session.seedReader, listing, stats);
  const stamps = withDigests(stamped, session.seedReader);
  const fingerprint = buildFingerprint(files, versions, today);
  lap("read seeds");
  if (previous?.fingerprint === fingerprint) {
    // Files touched, not changed; or the summary lost (a commit killed halfway, a cache older than summaries).
    if (!summary || !sameStamps(summary.stamps, stamps)) await writeSummary(cacheDir, outputDir, { ...previous, stamps });
    if (options.keepPlan) await keepPlan(previous, async () => files, keep);
    return { done: nothingToDo(previous, pageCount(previous.pages)) };
  }
  const { articles: parsed, diagnostics } = await parse(files);
  lap("parse seeds");
  // Reading the parse cache leaves its files' text as garbage: collected now, V8 sizes the heap
  // that planning grows from what is live (at 100,000 articles, planning's peak fell by 0.9 GB).
  // Planning's garbage is collected between its steps too, when it plans most pages, so that each
  // step fills what the last let go. npm start's saves, which read nothing, skip both.
  const large = session.parseCache.readSinceAsked();
  if (large) collectGarbage();
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
    return { done: { ok: false, diagnostics, articleCount: parsed.length, rendered: 0, kept: 0 } };
  }
  // A one-off build keeps its plan in a file beside the manifest, for the next build to take back.
  const planIn = cacheDir ? planFile(cacheDir, outputDir) : null;
  if (planIn) await session.keptPlan.restore(planIn, previous);
  const settle = large ? () => collectGarbage() : undefined;
  return { site, versions, lap, previous, stamps, fingerprint, diagnostics, ...planAndKey(parsed, site, versions, session, previous, { lap, planIn, settle }) };
}

/** The stamps of a build's start, with the digest this build read of each file they could not vouch for. */
function withDigests({ print, racy }: { print: string; racy: string[] }, reader: SeedReader): Stamps {
  return { print, recheck: Object.fromEntries(racy.map((file) => [file, reader.digestOf(file)!])) };
}
