/**
 * Runs a TypeScript script in one child node process (`node --import tsx script args…`, not
 * through npm or the tsx CLI, which would add processes) and measures its wall time and peak RSS.
 *
 * Peak RSS: the child also imports a tiny preload (a data: URL, so there is no file to ship) that
 * on 'exit' writes `process.resourceUsage().maxRSS` (getrusage's ru_maxrss, the kernel's exact
 * high-water mark in KiB, worker threads such as tsx's loader included) to the file named by
 * BENCH_RSS_FILE. Polling /proc/<pid>/status from outside could miss a peak between two samples
 * and cannot be read once the process is gone; the kernel's own counter misses nothing. It does
 * not count grandchild processes (e.g. a pagefind binary) and is absent when the child dies from
 * a signal. A long-lived child (a server) is measured from /proc/<pid>/status VmHWM, the same
 * counter, read while it still runs. The whole build's peak (the child with every process it
 * started, Pagefind's among them) is sampled from /proc every 250 ms: it may miss a short peak.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { groupBy } from "../common/group-by.ts";

const TSX = import.meta.resolve("tsx");
const PRELOAD =
  "data:text/javascript," +
  encodeURIComponent(`import { writeFileSync } from "node:fs";
const file = process.env.BENCH_RSS_FILE; delete process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));`);

export interface Sample {
  ms: number;
  rssMb: number | null;
  /** The largest sum of the RSS of the child and all its descendants seen (Linux only). */
  treeRssMb?: number | null;
  /** The child's last progress line (`broadsheet: …`) when that largest sum was seen: which stage made it. */
  treePeakAfter?: string | null;
}
export interface RunResult extends Sample {
  code: number | null;
  signal: string | null;
  output: string;
}
export interface Summary {
  medianMs: number;
  medianRssMb: number | null;
  medianTreeRssMb: number | null;
  samples: Sample[];
}

const tail = (s: string, n = 4000): string => (s.length > n ? s.slice(-n) : s);

function spawnNode(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ["--import", TSX, "--import", PRELOAD, script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Collects the child's output (both streams, last few KB) so its pipes never fill up. */
function collect(child: ChildProcess, onData?: (text: string) => void): () => string {
  let out = "";
  const add = (text: string): void => {
    out = tail(out + text, 16_000);
    onData?.(out);
  };
  for (const stream of [child.stdout, child.stderr]) stream?.setEncoding("utf8").on("data", add);
  return () => out;
}

/** Runs `node --import tsx script args` to its end; time is from spawn to exit. A cold build of 100,000 articles takes most of an hour. */
export async function runNode(script: string, args: string[], timeoutMs = 3 * 60 * 60_000): Promise<RunResult> {
  const dir = await mkdtemp(join(tmpdir(), "bench-rss-"));
  const rssFile = join(dir, "maxrss");
  try {
    const start = performance.now();
    const child = spawnNode(script, args, { BENCH_RSS_FILE: rssFile });
    let lastProgress: string | null = null;
    const output = collect(child, (text) => (lastProgress = lastProgressLine(text) ?? lastProgress));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    let treeKib = 0,
      treePeakAfter: string | null = null;
    const sampler = setInterval(() => {
      const kib = child.pid ? treeRssKib(child.pid) : 0;
      if (kib > treeKib) [treeKib, treePeakAfter] = [kib, lastProgress];
    }, 250);
    let ms = 0;
    child.once("exit", () => {
      ms = performance.now() - start;
    });
    const [code, signal] = await new Promise<[number | null, string | null]>((done, fail) => {
      child.once("error", fail);
      child.once("close", (c, s) => done([c, s])); // after 'exit', once its output is read
    });
    clearTimeout(timer);
    clearInterval(sampler);
    const kib = Number(await readFile(rssFile, "utf8").catch(() => ""));
    return { ms, rssMb: kib > 0 ? kib / 1024 : null, treeRssMb: treeKib > 0 ? treeKib / 1024 : null, treePeakAfter, code, signal, output: tail(output()) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Like runNode, but throws (with the child's last output) unless it exits 0. */
export async function runNodeOk(script: string, args: string[]): Promise<Sample> {
  const r = await runNode(script, args);
  const last = r.output.trim().split("\n").at(-1) ?? "";
  if (r.code !== 0) throw new Error(`${basename(script)} exited with ${r.code ?? r.signal}: ${last}\n${r.output.trim()}`);
  return { ms: r.ms, rssMb: r.rssMb, treeRssMb: r.treeRssMb ?? null, treePeakAfter: r.treePeakAfter ?? null };
}

/** The last whole progress line a build printed in plain mode (src/report/progress-lines.ts), if any. */
export function lastProgressLine(output: string): string | null {
  const lines = output.split("\n").slice(0, -1); // the part after the last newline is not a line yet
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.startsWith("broadsheet: ")) return lines[i]!.trim();
  return null;
}

/** The RSS of a process and all its descendants now, in KiB, from /proc (0 where there is none). */
function treeRssKib(root: number): number {
  const processes = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        return [{ pid, parent: /^PPid:\s+(\d+)/m.exec(status)?.[1] ?? null, kib: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) }];
      } catch {
        return []; // ended while it was read
      }
    });
  const children = groupBy(processes, (proc) => proc.parent);
  let total = 0;
  for (const queue = processes.filter((proc) => proc.pid === String(root)); queue.length > 0;) {
    const proc = queue.pop()!;
    total += proc.kib;
    queue.push(...(children.get(proc.pid) ?? []));
  }
  return total;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs one measurement k times, one after the other; medians of time and of peak RSS. */
export async function repeat(k: number, once: (i: number) => Promise<Sample>): Promise<Summary> {
  const samples: Sample[] = [];
  for (let i = 0; i < k; i++) samples.push(await once(i));
  const rss = samples.flatMap((s) => (s.rssMb === null ? [] : [s.rssMb]));
  const tree = samples.flatMap((s) => (s.treeRssMb ? [s.treeRssMb] : []));
  return { medianMs: median(samples.map((s) => s.ms)), medianRssMb: rss.length ? median(rss) : null, medianTreeRssMb: tree.length ? median(tree) : null, samples };
}

/** Polls `check` every intervalMs until it is true; false after timeoutMs. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 20): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (performance.now() > end) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export interface Server {
  peakRssMb(): Promise<number | null>;
  output(): string;
  stop(): Promise<void>;
}

/** Starts a long-lived `node --import tsx script args` and resolves once its output matches `ready`. */
export async function startNode(script: string, args: string[], ready: RegExp, timeoutMs: number): Promise<Server> {
  const child = spawnNode(script, args);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  let isReady = false;
  const output = collect(child, (text) => {
    isReady ||= ready.test(text);
  });
  const server: Server = {
    output: () => tail(output()),
    async peakRssMb() {
      const status = await readFile(`/proc/${child.pid}/status`, "utf8").catch(() => "");
      const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      return kib > 0 ? kib / 1024 : null;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const force = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.kill("SIGTERM");
      await exited;
      clearTimeout(force);
    },
  };
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  await waitFor(async () => isReady || gone(), timeoutMs, 50);
  if (!isReady) {
    await server.stop();
    const out = tail(output()).trim();
    const why = gone() ? `exited with ${child.exitCode ?? child.signalCode}` : `never printed ${ready}`;
    throw new Error(`${basename(script)} ${why}: ${out.split("\n").at(-1) ?? ""}\n${out}`);
  }
  return server;
}

/** The number of files under a folder and their bytes: what a host must take. */
export async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(files.map((entry) => stat(join(entry.parentPath, entry.name)).then((info) => info.size)));
  return { files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}
