// `npm run check [-- --seeds DIR] [--json] [--strict]`: the seeds' QA report, without building:
// errors (seeds that cannot become articles) and warnings, each with file and line, the same
// messages as the build, and a count by rule. Exit 1 on errors, and on warnings with --strict.
import { versionSeries } from "../archive/version-series.ts";
import { loadSeeds, parseOptionsFor } from "../pipeline/load-seeds.ts";
import { formatReport } from "../report/format-diagnostics.ts";
import { summarise } from "../report/summary.ts";
import { displayPath, readCliOptions, runCommand } from "./options.ts";

runCommand(async () => {
  const options = readCliOptions(process.argv.slice(2));
  const { articles, diagnostics } = await loadSeeds(options.seedsDir, parseOptionsFor(options.site));
  const count = versionSeries(articles).length; // the captures of one original are one article, as the build counts them
  const summary = summarise(diagnostics, count);
  const failed = summary.errors > 0 || (options.strict && summary.warnings > 0);
  if (options.json) {
    console.log(JSON.stringify({ ...summary, strict: options.strict, ok: !failed, diagnostics }, null, 2));
  } else {
    const report = formatReport(diagnostics, displayPath(options.seedsDir), count);
    const strictNote = failed && summary.errors === 0 ? "\n--strict: warnings fail the check; fix them, or run without --strict" : "";
    (failed ? console.error : console.log)(report + strictNote);
  }
  return failed ? 1 : 0;
});
