/**
 * `npm run bench:search -- [--articles N] [--shard-years N] [--queries A,B] [--no-gzip] [--json FILE] [--keep]`
 *
 * Search at scale: N synthetic articles (default 10,000) are indexed as the build does (one
 * Pagefind index per year, or per part of a full year; `--shard-years 5` groups five of those an
 * index, `0` makes one index for everything, to compare the layouts), then searched in
 * headless Chromium from the real search page. Reports the indexing time, the index's size on
 * disk, and the bytes the browser downloads for a first search and a second, different one:
 * counted on the server's sockets (headers and bodies, text gzipped as a static host does), and
 * as Chromium reports them (which leaves out the body of Pagefind's web worker script).
 */
import { execFile } from "node:child_process";
import { accessSync, constants, createReadStream } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { createGzip } from "node:zlib";
import { planSearchShards, writeSearchIndex, writeSearchShards, writeShardList, type SearchShard } from "../search/search-index.ts";
import { siteConfig } from "../site.config.ts";
import { folderSize } from "./measure.ts";
import { syntheticArticles } from "./synthetic-articles.ts";

const { values: opts } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    "shard-years": { type: "string", default: "1" },
    queries: { type: "string", default: "pipeline,novosibirsk" },
    "no-gzip": { type: "boolean", default: false },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const count = Number(opts.articles);
const queries = opts.queries
  .split(",")
  .map((q) => q.trim())
  .filter(Boolean);
const shardYears = Number(opts["shard-years"]);
if (!(count > 0) || !(Number.isInteger(shardYears) && shardYears >= 0) || queries.length !== 2) {
  console.error("Usage: npm run bench:search -- [--articles N] [--shard-years N] [--queries A,B] [--no-gzip] [--json FILE] [--keep]");
  process.exit(2);
}
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const work = await mkdtemp(join(tmpdir(), "broadsheet-search-bench-"));
const site = join(work, "site");
const layout = shardYears === 1 ? "one index per year or part of a full year (as the build)" : shardYears === 0 ? "one index" : `one index per ${shardYears} shards`;
log(`bench:search: ${count} articles, ${layout}, in ${work}`);

// The search page, its script and styles, from the real build of an empty archive.
await mkdir(join(work, "seeds"));
await promisify(execFile)(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/build.ts"), "--seeds", join(work, "seeds"), "--output", site, "--no-cache"], { cwd: ROOT });

const articles = syntheticArticles(count);
const started = performance.now();
if (shardYears === 1) {
  await writeSearchIndex(articles, site, siteConfig);
} else {
  const grouped = groupShards(planSearchShards(articles, siteConfig.language), shardYears || Infinity);
  await writeSearchShards(grouped, site, siteConfig);
  await writeShardList(grouped, site);
}
const indexMs = performance.now() - started;
const disk = await folderSize(join(site, "pagefind"));
const shards = (await readdir(join(site, "pagefind"))).filter((name) => name !== "shards.json").length;
log(`indexed in ${(indexMs / 1000).toFixed(1)} s: ${shards} shards, ${disk.files} files, ${(disk.bytes / 1048576).toFixed(1)} MB`);

const server = await serve(site, !opts["no-gzip"]);
const { chromium } = await import("playwright-core");
const browser = await chromium.launch({ executablePath: findChromium(), args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
const page = await browser.newPage();
let seenByChromium: Array<Promise<number>> = [];
page.on("requestfinished", (request) => seenByChromium.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize)));
const steps: Array<{ step: string; ms: number; bytes: number; chromiumBytes: number; requests: number; byKind: Record<string, number> }> = [];

async function measure(step: string, action: () => Promise<void>): Promise<void> {
  server.reset();
  seenByChromium = [];
  const t = performance.now();
  await action();
  const ms = performance.now() - t;
  const totals = server.totals();
  const chromiumBytes = (await Promise.all(seenByChromium)).reduce((sum, bytes) => sum + bytes, 0);
  steps.push({ step, ms: Math.round(ms), bytes: totals.bytes, chromiumBytes, requests: totals.requests, byKind: totals.byKind });
}
await measure("open the search page", async () => {
  await page.goto(`${server.url}search/`);
  await server.settled();
});
for (const [i, query] of queries.entries()) {
  const label = i === 0 ? "first search" : "second search";
  // The newest year answers first ("… in 2026 so far; searching the other years…"), then every year.
  await measure(`${label} "${query}": until the first results show`, async () => {
    await page.fill("#search-q", query);
    await page.waitForFunction((q) => document.querySelector("[data-search-status]")?.textContent?.includes(`“${q}”`), query, { timeout: 120_000 });
  });
  await measure(`${label} "${query}": then every year's results`, async () => {
    const done = (q: string) => {
      const status = document.querySelector("[data-search-status]")?.textContent ?? "";
      return status.includes(`“${q}”`) && !status.includes("so far");
    };
    await page.waitForFunction(done, query, { timeout: 120_000 });
  });
  await measure(`${label} "${query}": then the filter counts`, () => server.settled());
  log(`${label}: ${await page.locator("[data-search-status]").innerText()}`);
}
await browser.close();
await server.close();

const report = {
  articles: count,
  shardYears,
  gzip: !opts["no-gzip"],
  indexSeconds: Number((indexMs / 1000).toFixed(2)),
  index: { shards, files: disk.files, bytes: disk.bytes },
  steps,
};
console.log(`\nSearch benchmark: ${count.toLocaleString("en-US")} articles, ${layout}${report.gzip ? ", text gzipped" : ""}`);
console.log(`indexing: ${report.indexSeconds} s · on disk: ${(disk.bytes / 1048576).toFixed(1)} MB in ${disk.files} files, ${shards} shard(s)`);
console.log(`${"step".padEnd(55)} ${"sent".padStart(10)} ${"Chromium".padStart(10)} requests      time  sent, by kind`);
for (const s of steps) {
  const kinds = Object.entries(s.byKind)
    .map(([k, v]) => `${k} ${kb(v)}`)
    .join(", ");
  console.log(`${s.step.padEnd(55)} ${kb(s.bytes).padStart(10)} ${kb(s.chromiumBytes).padStart(10)} ${String(s.requests).padStart(8)} ${String(s.ms).padStart(6)} ms  ${kinds}`);
}
if (opts.json) await writeFile(resolve(process.env.INIT_CWD ?? process.cwd(), opts.json), `${JSON.stringify(report, null, 2)}\n`);
if (!opts.keep) await rm(work, { recursive: true, force: true });

/** A static server like a host's: gzip for text, Pagefind's own (already compressed) files as they are. */
async function serve(dir: string, gzip: boolean) {
  const TYPES: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".wasm": "application/wasm",
  };
  let sent: Array<{ path: string; bytes: number }> = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const http: Server = createServer(async (req, res) => {
    inFlight++;
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const before = req.socket.bytesWritten;
    res.on("finish", () => {
      sent.push({ path, bytes: req.socket.bytesWritten - before });
      inFlight--;
      lastActivity = Date.now();
    });
    let file = join(dir, path);
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
    if (!(await stat(file).catch(() => null))?.isFile()) return void res.writeHead(404).end();
    const type = TYPES[extname(file)];
    const compress = gzip && type !== undefined && !type.startsWith("application/wasm") && /gzip/.test(String(req.headers["accept-encoding"]));
    res.writeHead(200, { "content-type": type ?? "application/octet-stream", "cache-control": "no-cache", ...(compress ? { "content-encoding": "gzip" } : {}) });
    (compress ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(res);
  });
  await new Promise<void>((done) => http.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/`,
    reset: () => void (sent = []),
    totals() {
      const byKind: Record<string, number> = {};
      for (const { path, bytes } of sent) {
        const kind =
          path.match(/\/(index|fragment|filter)\//)?.[1] ??
          path
            .match(/\.(pf_meta)$|(wasm)\.\w+\.pagefind$|(pagefind-entry\.json|shards\.json)$/)
            ?.slice(1)
            .find(Boolean) ??
          path.match(/pagefind(?:-worker)?\.js$/)?.[0] ??
          "page";
        byKind[kind] = (byKind[kind] ?? 0) + bytes;
      }
      return { bytes: sent.reduce((sum, entry) => sum + entry.bytes, 0), requests: sent.length, byKind };
    },
    /** Resolves once no request has been open for 750 ms. */
    async settled() {
      while (inFlight > 0 || Date.now() - lastActivity < 750) await new Promise((done) => setTimeout(done, 50));
    },
    close: () =>
      new Promise<void>((done) => {
        http.closeAllConnections();
        http.close(() => done());
      }),
  };
}

/** The build's shards (newest first) joined `years` at a time, for comparing layouts. */
function groupShards(shards: SearchShard[], years: number): SearchShard[] {
  const groups: SearchShard[] = [];
  for (let i = 0; i < shards.length; i += Math.min(years, shards.length)) {
    const part = shards.slice(i, i + years);
    const id = part.length === 1 ? part[0]!.id : `${part.at(-1)!.id}-${part[0]!.id}`;
    groups.push({ id, year: part[0]!.year, articles: part.flatMap((shard) => shard.articles), key: part.map((shard) => shard.key).join(""), entityFilters: part[0]!.entityFilters });
  }
  return groups;
}

function findChromium(): string {
  const candidates = [process.env.BROADSHEET_CHROMIUM, "/usr/lib/chromium/chromium", "/usr/bin/chromium"].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) throw new Error("Chromium not found: install it with apt-get update && apt-get install -y chromium (or set BROADSHEET_CHROMIUM)");
  return found;
}
