/**
 * Phase timings of a build, printed to stderr when BROADSHEET_TIMINGS is set: how the
 * benchmark's figures break down, without a profiler.
 */
export function createTimer(): (phase: string) => void {
  if (!process.env.BROADSHEET_TIMINGS) return () => {};
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    process.stderr.write(`[timings] ${phase}: ${Math.round(now - last)} ms\n`);
    last = now;
  };
}
