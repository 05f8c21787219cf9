import type { BuildSession } from "../incremental/session.ts";
import { finishInterruptedCommit } from "../publish/commit-journal.ts";
import { lockOutput } from "../publish/output-lock.ts";
import { recoverOutput } from "../publish/output-swap.ts";
import type { BuildOptions, BuildResult } from "./build-options.ts";
import { checkInputs } from "./check-inputs.ts";

export type { BuildOptions, BuildResult } from "./build-options.ts";

/**
 * Builds the archive, stage by stage. When a hash of every input matches the last build's,
 * nothing is done. Otherwise every seed is parsed (reusing cached results); any bad seed stops
 * the build with every error, leaving the output folder untouched. Then every page is planned as
 * data and keyed, the changeset against the last build says what to render, index, keep and
 * remove, and the publish stage puts it in place. The session holds what the caller keeps from
 * one build to the next (`npm start` passes the same one every time); without one, a build
 * makes its own.
 */
export async function buildSite(options: BuildOptions, session?: BuildSession): Promise<BuildResult> {
  const release = await lockOutput(options.outputDir, options.onWait);
  try {
    finishInterruptedCommit(options.outputDir);
    await recoverOutput(options.outputDir); // a killed build's staging folder may be what fills the disk
    return await build(options, session);
  } finally {
    release();
  }
}

/**
 * Only a build with something to do loads the stages that do it (build-changes.ts): at 100,000
 * seeds, loading them was a tenth of a rebuild with nothing to do.
 */
async function build(options: BuildOptions, session: BuildSession | undefined): Promise<BuildResult> {
  const checked = await checkInputs(options, session);
  if ("done" in checked) return checked.done;
  const { buildChanges } = await import("./build-changes.ts");
  return buildChanges(options, session, checked.parserVersion, checked.take);
}
