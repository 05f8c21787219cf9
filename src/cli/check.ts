// `npm run check [-- --seeds DIR] [--json]`: validate the seeds without building, with the
// same messages as the build. Exit 1 when any seed cannot become an article.
import { loadSeeds } from "../build/load-seeds.ts";
import { formatReport } from "../report/format-diagnostics.ts";
import { displayPath, readCliOptions, runCommand } from "./options.ts";

runCommand(async () => {
  const options = readCliOptions(process.argv.slice(2));
  const { articles, diagnostics } = await loadSeeds(options.seedsDir, { outlets: options.site.outlets });
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  if (options.json) {
    const warnings = diagnostics.length - errors;
    console.log(JSON.stringify({ articles: articles.length, errors, warnings, diagnostics }, null, 2));
  } else {
    const report = formatReport(diagnostics, displayPath(options.seedsDir), articles.length);
    (errors > 0 ? console.error : console.log)(report);
  }
  return errors > 0 ? 1 : 0;
});
