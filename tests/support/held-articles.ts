// `node --import tsx tests/support/held-articles.ts SEEDS OUTPUT CACHE`: builds SEEDS, a one-off
// build, and prints how many of the parsed articles (as the parse cache handed them out) and of
// the seeds' stats (as the seed reader took stamps from them) were still in memory while the pages
// rendered, the garbage collected first: the render needs only the archive and its plan, which
// copy what they take of them.
import { collectGarbage } from "../../src/common/collect-garbage.ts";
import type { CachedResult } from "../../src/incremental/parse-cache.ts";
import { BuildSession } from "../../src/incremental/session.ts";
import { FileStats } from "../../src/incremental/stamp-print.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { siteConfig } from "../../src/site.config.ts";

const [seedsDir, outputDir, cacheDir] = process.argv.slice(2) as [string, string, string];
const session = BuildSession.forOneBuild(cacheDir);
const parsed: Array<WeakRef<object>> = [];
const cache = session.parseCache;
const watch = (result: CachedResult | undefined) => {
  if (result?.ok) parsed.push(new WeakRef(result.article));
  return result;
};
const [getAll, set] = [cache.getAll.bind(cache), cache.set.bind(cache)];
cache.getAll = async (keys) => (await getAll(keys)).map(watch);
cache.set = (key, result) => watch(set(key, result))!;
const stats: Array<WeakRef<object>> = [];
const stampOf = FileStats.prototype.get;
FileStats.prototype.get = function (this: FileStats, file: string) {
  if (!stats.some((ref) => ref.deref() === this)) stats.push(new WeakRef(this));
  return stampOf.call(this, file);
};
const alive = (refs: Array<WeakRef<object>>) => refs.filter((ref) => ref.deref() !== undefined).length;
let heldWhileRendering: number | null = null;
let statsWhileRendering: number | null = null;
const progress = {
  step: (label: string) => ({
    add() {
      if (label !== "pages rendered" || heldWhileRendering !== null) return;
      collectGarbage();
      heldWhileRendering = alive(parsed);
      statsWhileRendering = alive(stats);
    },
    finish() {},
  }),
};
const result = await buildSite({ seedsDir, outputDir, cacheDir, site: siteConfig, progress }, session);
process.stdout.write(JSON.stringify({ ok: result.ok, parsed: parsed.length, heldWhileRendering, stats: stats.length, statsWhileRendering }));
