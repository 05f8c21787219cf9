import type { ParseOptions, ParseResult } from "./parse-seed.ts";
import { parseSeedBytes } from "./parse-seed-bytes.ts";

/** A short seed with a byline, names of each kind and a source: its parse runs every part of the parser. */
const SAMPLE = `# Warm-up

January 1, 2000

By A. Writer

Mayor Jane Doe of Springfield met the board of the Acme Corporation in Paris.

Original url: <https://example.org/warm-up>
`;

/**
 * Parses a sample seed, so that what a first parse waits for (remark, compromise and its
 * lexicon, citeproc's engines: seconds) is loaded and made ahead of need. Gives its result,
 * which the caller may forget.
 */
export function warmUpParser(options: ParseOptions): ParseResult {
  return parseSeedBytes(new TextEncoder().encode(SAMPLE), "warm-up.txt", options);
}
