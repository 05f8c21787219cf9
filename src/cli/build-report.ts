import type { Diagnostic } from "../article.ts";
import { formatReport } from "../report/format-diagnostics.ts";
import { type CliOptions, displayPath } from "./options.ts";

/** Every error is listed; warnings beyond this many only count in the summary (`npm run check` lists all). */
export const MAX_WARNINGS_LISTED = 20;

/** What a build says while another build is writing the same output folder, which it waits for. */
export function waitNotice(outputDir: string): (pid: number) => void {
  return (pid) => console.error(`Waiting for the build in process ${pid} to finish writing ${displayPath(outputDir)}…`);
}

/**
 * Prints a build's QA report: on stdout when it built, or on stderr with what to do when a seed
 * stopped it (then false: nothing was written).
 */
export function printBuildReport(result: { ok: boolean; diagnostics: Diagnostic[]; articleCount: number }, options: Pick<CliOptions, "seedsDir" | "outputDir">): boolean {
  const report = formatReport(result.diagnostics, displayPath(options.seedsDir), result.articleCount, { maxWarnings: MAX_WARNINGS_LISTED });
  if (result.ok) {
    console.log(report);
    return true;
  }
  console.error(report);
  console.error(`Build failed: nothing was written; ${displayPath(options.outputDir)} is unchanged. Fix the seeds above and build again.`);
  return false;
}
