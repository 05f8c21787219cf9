/**
 * `npm run bench -- --articles N [--runs K] [--json FILE] [--only baseline|broadsheet] [--keep]`
 * Generates N synthetic seeds in a temp folder and measures, K times each (medians reported):
 * plain Eleventy's cold build (the baseline), Broadsheet's cold build, no-change rebuild, rebuild
 * after adding one seed, and watch latency (new seed file → its page and the home page on disk,
 * then → the search index updated as well).
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { folderSize, repeat, runNodeOk, startNode, waitFor, type Sample, type Summary } from "./measure.ts";
import { prepareBaseline } from "./plain-eleventy.ts";
import { makeExtraSeed, writeSeeds, type ExtraSeed } from "./synthetic-seeds.ts";

const { values: opts } = parseArgs({
  options: {
    articles: { type: "string", default: "4000" },
    runs: { type: "string", default: "3" },
    json: { type: "string" },
    only: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const n = Number(opts.articles),
  k = Number(opts.runs);
if (!(n > 0 && k > 0) || (opts.only && !["baseline", "broadsheet"].includes(opts.only))) {
  console.error("Usage: npm run bench -- --articles N [--runs K] [--json FILE] [--only baseline|broadsheet] [--keep]");
  process.exit(2);
}
const jsonFile = opts.json ? resolve(opts.json) : null;
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
process.chdir(ROOT); // the Broadsheet CLIs run from the project root, as `npm run build` does
const [PLAIN, BUILD, START] = ["src/bench/plain-eleventy.ts", "src/cli/build.ts", "src/cli/start.ts"].map((p) => join(ROOT, p)) as [string, string, string];

const work = await mkdtemp(join(tmpdir(), "broadsheet-bench-"));
const seeds = join(work, "seeds");
const log = (s: string): void => void process.stderr.write(`${s}\n`);
log(`bench: ${n} articles, ${k} run(s), in ${work}`);
await writeSeeds(seeds, n);

/** How long a save may take before the watch figure fails: a slow save is a figure to report (at 100,000 articles one took over a minute). */
const SAVE_TIMEOUT_MS = 10 * 60_000;

let extras = 0;
/** Writes one more new seed (written elsewhere, then renamed in, so a watcher never sees half a file). */
async function addSeed(): Promise<ExtraSeed> {
  const s = makeExtraSeed(extras++);
  await writeFile(join(work, s.file), s.text);
  await rename(join(work, s.file), join(seeds, s.file));
  return s;
}
const need = (file: string): void => {
  if (!existsSync(file)) throw new Error(`${file.slice(ROOT.length)} does not exist yet`);
};

interface Row {
  id: string;
  label: string;
  medianMs: number | null;
  peakRssMb: number | null;
  /** The build's Node process with every process it started (Pagefind's). */
  peakTreeRssMb: number | null;
  ratioToBaseline: number | null;
  samples: Sample[];
  error: string | null;
}
const rows: Row[] = [];
async function figure(id: string, label: string, measure: () => Promise<Summary>): Promise<boolean> {
  log(`measuring: ${label}`);
  try {
    const s = await measure();
    rows.push({ id, label, medianMs: s.medianMs, peakRssMb: s.medianRssMb, peakTreeRssMb: s.medianTreeRssMb, ratioToBaseline: null, samples: s.samples, error: null });
    return true;
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    log(`  failed: ${error}`);
    rows.push({ id, label, medianMs: null, peakRssMb: null, peakTreeRssMb: null, ratioToBaseline: null, samples: [], error });
    return false;
  }
}

if (opts.only !== "broadsheet") {
  const project = join(work, "plain"),
    out = join(work, "plain-out");
  await prepareBaseline(seeds, project);
  await figure("baseline-cold", "Plain Eleventy 3: cold build", () =>
    repeat(k, async () => {
      await rm(out, { recursive: true, force: true });
      return runNodeOk(PLAIN, ["--project", project, "--output", out]);
    }),
  );
}

/** The site a cold build wrote: what a host must take. */
let output: { bytes: number; files: number } | null = null;

if (opts.only !== "baseline") {
  const out = join(work, "site"),
    cache = join(work, "cache");
  const build = (): Promise<Sample> => runNodeOk(BUILD, ["--seeds", seeds, "--output", out, "--cache-dir", cache]);
  const cold = await figure("broadsheet-cold", "Broadsheet: cold build", () =>
    repeat(k, async () => {
      need(BUILD);
      await rm(out, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
      return build();
    }),
  );
  const skip = async (): Promise<Summary> => {
    throw new Error("skipped: the cold build failed");
  };
  if (cold) output = await folderSize(out);
  await figure("broadsheet-nochange", "Broadsheet: rebuild, no change", cold ? () => repeat(k, build) : skip);
  await figure(
    "broadsheet-add-one",
    "Broadsheet: rebuild after adding 1 seed",
    cold
      ? () =>
          repeat(k, async () => {
            const s = await addSeed();
            const sample = await build();
            need(join(out, s.urlPath, "index.html"));
            return sample;
          })
      : skip,
  );
  const searchSamples: Sample[] = [];
  await figure("watch-latency", "Broadsheet watch: new seed → its page and the home page", async () => {
    need(START);
    const outW = join(work, "watch-site"),
      port = await freePort();
    // The bench's own cache, warm from the builds above (as after `npm run build`): the project's
    // default cache may hold other archives' entries, which the first build would load too.
    const server = await startNode(START, ["--seeds", seeds, "--output", outW, "--port", String(port), "--cache-dir", cache], /Serving/, 30 * 60_000);
    try {
      return await repeat(k, async () => {
        const start = performance.now();
        const s = await addSeed();
        const page = join(outW, s.urlPath, "index.html");
        const seen = await waitFor(async () => existsSync(page) && (await readFile(join(outW, "index.html"), "utf8").catch(() => "")).includes(s.title), SAVE_TIMEOUT_MS);
        if (!seen) throw new Error(`after ${SAVE_TIMEOUT_MS / 1000} s, ${page} is missing or index.html lacks "${s.title}"; the server said:\n${server.output().trim()}`);
        const pageMs = performance.now() - start;
        // npm start publishes the pages first, then re-indexes search: wait for the index to count the new article too.
        const indexed = await waitFor(async () => (await searchIndexCount(outW)) === n + extras, SAVE_TIMEOUT_MS);
        if (!indexed) throw new Error(`after ${SAVE_TIMEOUT_MS / 1000} s, the search index does not count ${n + extras} articles; the server said:\n${server.output().trim()}`);
        const searchMs = performance.now() - start;
        const rssMb = await server.peakRssMb();
        searchSamples.push({ ms: searchMs, rssMb });
        return { ms: pageMs, rssMb };
      });
    } finally {
      await server.stop();
    }
  });
  await figure("watch-search-latency", "Broadsheet watch: new seed → search index updated", async () => {
    if (searchSamples.length === 0) throw new Error("skipped: the watch run failed");
    return repeat(searchSamples.length, async (i) => searchSamples[i]!);
  });
}

/** How many articles the site's search index holds, by its `pagefind/shards.json`. */
async function searchIndexCount(site: string): Promise<number> {
  const list = await readFile(join(site, "pagefind", "shards.json"), "utf8").catch(() => null);
  if (list === null) return 0;
  try {
    return (JSON.parse(list) as { shards: Array<{ articles: number }> }).shards.reduce((sum, shard) => sum + shard.articles, 0);
  } catch {
    return 0; // read while being replaced
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer()
      .once("error", fail)
      .listen(0, "127.0.0.1", () => {
        const addr = srv.address();
        srv.close(() => (typeof addr === "object" && addr ? done(addr.port) : fail(new Error("no port"))));
      });
  });
}

const base = rows.find((r) => r.id === "baseline-cold")?.medianMs ?? null;
for (const r of rows) r.ratioToBaseline = base && r.medianMs !== null ? r.medianMs / base : null;
const time = (ms: number): string => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const table = [
  ["figure", "median time", "× baseline cold", "peak RSS", "with its processes"],
  ...rows.map((r) => [
    r.label,
    r.medianMs === null ? "" : time(r.medianMs),
    r.ratioToBaseline === null ? "–" : `${r.ratioToBaseline.toFixed(2)}×`,
    r.peakRssMb === null ? "–" : `${r.peakRssMb.toFixed(0)} MB`,
    r.peakTreeRssMb === null ? "–" : `${r.peakTreeRssMb.toFixed(0)} MB`,
  ]),
];
const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...table.map((row, i) => (c > 0 && rows[i - 1]?.error ? 0 : (row[c] ?? "").length))));
console.log(`\n${n} articles, median of ${k} run(s), node ${process.version}, ${availableParallelism()} CPU(s)\n`);
for (const [i, row] of table.entries()) {
  const error = rows[i - 1]?.error;
  console.log(error ? `${row[0]?.padEnd(widths[0] ?? 0)}  error: ${error.split("\n")[0]}` : row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  "));
}
const peaks = rows.flatMap((r) => r.samples.flatMap((s) => (s.treeRssMb && s.treePeakAfter ? [`${r.label}: ${s.treeRssMb.toFixed(0)} MB after "${s.treePeakAfter}"`] : [])));
if (peaks.length > 0) console.log(`\nWhere each run's whole-build peak was seen (its last progress line):\n${peaks.map((line) => `  ${line}`).join("\n")}`);
if (output) console.log(`\nThe site of the cold build: ${(output.bytes / 2 ** 20).toFixed(1)} MB in ${output.files.toLocaleString("en-US")} files`);

if (jsonFile) {
  const report = { articles: n, runs: k, node: process.version, cpus: availableParallelism(), date: new Date().toISOString(), figures: rows, output };
  await writeFile(jsonFile, JSON.stringify(report, null, 2) + "\n");
  log(`wrote ${jsonFile}`);
}
if (!opts.keep) await rm(work, { recursive: true, force: true });
process.exitCode = rows.some((r) => r.error) ? 1 : 0;
