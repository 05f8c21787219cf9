/**
 * remark (micromark) reads inline markup slowly. Every `*`, `_`, `[`, `]`, backtick, backslash,
 * `<` or `&` costs time, past a few thousand in one paragraph the cost grows faster than
 * linearly, and nesting costs most, deep enough to overflow the stack (measured: see
 * docs/performance.md). So inline markup is measured from the raw lines, before parsing, and a
 * seed with more than any article needs is refused. Measuring is linear in the text.
 */

export const MAX_INLINE_NESTING = 32;
/** A short parse at worst; an ordinary paragraph has a few dozen (docs/performance.md). */
export const MAX_MARKUP_PER_PARAGRAPH = 2_000;
/** A long but bounded parse at worst, and more than a link-rich 10 MB article has (docs/performance.md). */
export const MAX_MARKUP_PER_SEED = 500_000;

export type InlineProblem = { kind: "brackets" | "emphasis"; depth: number; line: number } | { kind: "paragraph" | "seed"; count: number; line: number };

const MARKUP = new Set(["*", "_", "[", "]", "`", "\\", "<", "&"]);
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const BLOCK_START = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const QUOTE_MARKERS = /^(?:[ \t]*>)+/;
/** How far down the stack of open emphasis runs a closing run looks for its opener. */
const OPENER_SEARCH = 64;

interface Paragraph {
  line: number;
  markup: number;
  brackets: number;
  openers: Array<{ char: string; count: number; run: number; line: number }>;
  /** Matched emphasis runs, as (run index, ±delimiters, line), to measure their nesting. */
  pairs: Array<[number, number, number]>;
  runs: number;
}

/** The first inline structure in the text that would make remark slow, or null. */
export function findInlineProblem(text: string): InlineProblem | null {
  let paragraph: Paragraph | null = null;
  let total = 0;
  let fence: string | null = null;
  const lines = text.split("\n");
  const close = () => (paragraph ? emphasisProblem(paragraph) : null);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const content = lines[index]!.replace(QUOTE_MARKERS, "");
    const fenceMark = content.match(FENCE)?.[1];
    if (fence !== null || fenceMark) {
      if (fence === null) fence = fenceMark!;
      else if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      const problem = close();
      if (problem) return problem;
      paragraph = null;
      continue; // code is read as it is, cheaply
    }
    if (content.trim() === "" || BLOCK_START.test(content)) {
      const problem = close();
      if (problem) return problem;
      paragraph = null;
      if (content.trim() === "") continue;
    }
    paragraph ??= { line, markup: 0, brackets: 0, openers: [], pairs: [], runs: 0 };
    const before = paragraph.markup;
    const problem = readLine(content, line, paragraph);
    if (problem) return problem;
    total += paragraph.markup - before;
    if (paragraph.markup > MAX_MARKUP_PER_PARAGRAPH) return { kind: "paragraph", count: paragraph.markup, line: paragraph.line };
    if (total > MAX_MARKUP_PER_SEED) return { kind: "seed", count: total, line };
  }
  return close();
}

/** Counts one line's markup, tracks bracket depth, and pairs its emphasis runs. */
function readLine(content: string, line: number, paragraph: Paragraph): InlineProblem | null {
  for (let i = 0; i < content.length; i++) {
    const char = content[i]!;
    if (!MARKUP.has(char)) continue;
    paragraph.markup++;
    if (char === "\\") {
      if (i + 1 < content.length && PUNCTUATION.test(content[i + 1]!)) i++; // an escaped character is text
    } else if (char === "[") {
      if (++paragraph.brackets > MAX_INLINE_NESTING) return { kind: "brackets", depth: paragraph.brackets, line };
    } else if (char === "]") {
      paragraph.brackets = Math.max(0, paragraph.brackets - 1);
    } else if (char === "*" || char === "_") {
      let end = i + 1;
      while (content[end] === char) end++;
      paragraph.markup += end - i - 1;
      readEmphasisRun(char, end - i, content[i - 1] ?? " ", content[end] ?? " ", line, paragraph);
      i = end - 1;
    }
  }
  return null;
}

/** CommonMark's delimiter rules, simplified: which runs open and close, and which pair up. */
function readEmphasisRun(char: string, length: number, before: string, after: string, line: number, paragraph: Paragraph): void {
  const leftFlanking = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
  const rightFlanking = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
  const canOpen = char === "*" ? leftFlanking : leftFlanking && (!rightFlanking || PUNCTUATION.test(before));
  const canClose = char === "*" ? rightFlanking : rightFlanking && (!leftFlanking || PUNCTUATION.test(after));
  const run = paragraph.runs++;
  let remaining = length;
  const { openers, pairs } = paragraph;
  while (canClose && remaining > 0) {
    let at = openers.length - 1;
    while (at >= 0 && openers.length - at <= OPENER_SEARCH && openers[at]!.char !== char) at--;
    if (at < 0 || openers.length - at > OPENER_SEARCH) break;
    openers.length = at + 1; // openers between the pair can no longer match
    const opener = openers[at]!;
    const matched = Math.min(opener.count, remaining);
    pairs.push([opener.run, matched, opener.line], [run, -matched, line]);
    opener.count -= matched;
    remaining -= matched;
    if (opener.count === 0) openers.pop();
  }
  if (canOpen && remaining > 0) openers.push({ char, count: remaining, run, line });
}

/** How deeply the paragraph's matched emphasis nests, counted in delimiters. */
function emphasisProblem(paragraph: Paragraph): InlineProblem | null {
  const events = paragraph.pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0;
  for (const [, delta, line] of events) {
    depth += delta;
    if (depth > MAX_INLINE_NESTING) return { kind: "emphasis", depth, line };
  }
  return null;
}
