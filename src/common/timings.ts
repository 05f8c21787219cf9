/**
 * Phase timings of a build, printed to stderr when BROADSHEET_TIMINGS is set: how the
 * benchmark's figures break down, without a profiler, and the memory in use after each phase.
 */
export function createTimer(): (phase: string) => void {
  if (!process.env.BROADSHEET_TIMINGS) return () => {};
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    (globalThis as { gc?: () => void }).gc?.(); // with --expose-gc, the heap in use is what is live
    const { rss, heapUsed } = process.memoryUsage();
    const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
    const peak = mb(process.resourceUsage().maxRSS * 1024);
    process.stderr.write(`[timings] ${phase}: ${Math.round(now - last)} ms (RSS ${mb(rss)} MB, peak so far ${peak} MB, heap ${mb(heapUsed)} MB)\n`);
    last = now;
  };
}
