/**
 * `npm run bench:entities`: precision and recall of the people, places and organisations the
 * parser finds in `tests/fixtures/entities/` (hand-written expectations), and the time it takes.
 * `--verbose` lists what it missed and what it found that was not expected.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../common/project-root.ts";
import { type Expected, parseFixture, scoreEntities } from "./entity-scores.ts";

const dir = join(projectRoot, "tests/fixtures/entities");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected & { _comment?: string };
delete expected._comment;

const started = performance.now();
const found = parseFixture(dir);
const took = performance.now() - started;
const scores = scoreEntities(found, expected);

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
console.log(`entities: ${Object.keys(found).length} fixture articles, parsed in ${took.toFixed(0)} ms (first parse: compromise loads its lexicon)\n`);
console.log("kind            found  correct  expected  precision  recall");
for (const [kind, score] of Object.entries(scores.kinds)) {
  console.log(
    `${kind.padEnd(14)} ${String(score.found).padStart(6)} ${String(score.correct).padStart(8)} ${String(score.expected).padStart(9)}    ${percent(score.precision)} ${percent(score.recall)}`,
  );
}
console.log(`\nentity pages (a name in ≥ 2 articles): ${scores.pages.made} made, ${scores.pages.correct} expected, precision ${percent(scores.pages.precision).trim()}`);
if (scores.pages.wrong.length > 0) console.log(`  not expected: ${scores.pages.wrong.join("; ")}`);
if (process.argv.includes("--verbose")) {
  console.log(`\nmissed:\n  ${scores.misses.join("\n  ")}`);
  console.log(`\nnot expected:\n  ${scores.extras.join("\n  ")}`);
}
