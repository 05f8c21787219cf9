import type { Finding } from "./diagnostic.ts";
import { findInlineProblem, MAX_INLINE_NESTING, MAX_MARKUP_PER_PARAGRAPH, MAX_MARKUP_PER_SEED } from "./inline-markup.ts";
import { MAX_NESTING, measureNesting } from "./nesting.ts";

/** Why a seed's text would take remark too long (or overflow its stack), and what to do; `line` is the text's. */
export interface ComplexityProblem extends Finding {
  rule: "too-deeply-nested" | "too-much-markup";
}

const MARKUP_CHARACTERS = "`*`, `_`, `[`, `]`, backticks, `\\`, `<` and `&`";

/**
 * Guards remark before it parses: block nesting (quotes, lists), inline nesting (brackets,
 * emphasis) and the amount of inline markup, each measured from the raw text in linear time.
 */
export function findComplexityProblem(text: string): ComplexityProblem | null {
  const nesting = measureNesting(text);
  if (nesting.depth > MAX_NESTING) {
    return { line: nesting.line, rule: "too-deeply-nested", reason: `block quotes or lists are nested ${nesting.depth} levels deep (at most ${MAX_NESTING})`, fix: "flatten them" };
  }
  const inline = findInlineProblem(text);
  if (!inline) return null;
  switch (inline.kind) {
    case "brackets":
      return {
        line: inline.line,
        rule: "too-deeply-nested",
        reason: `links or images are nested more than ${MAX_INLINE_NESTING} levels deep here ("[" inside "[")`,
        fix: 'remove the stray "[" and "]", or escape them as "\\[" and "\\]"',
      };
    case "emphasis":
      return {
        line: inline.line,
        rule: "too-deeply-nested",
        reason: `bold and italic markers are nested ${inline.depth} deep here (at most ${MAX_INLINE_NESTING})`,
        fix: 'remove the stray "*" and "_", or escape them as "\\*" and "\\_"',
      };
    case "paragraph":
      return {
        line: inline.line,
        rule: "too-much-markup",
        reason: `the paragraph starting here has more than ${thousands(MAX_MARKUP_PER_PARAGRAPH)} markup characters (${MARKUP_CHARACTERS}), more than the parser reads in good time`,
        fix: "split it with blank lines, or remove the stray markup",
      };
    case "seed":
      return {
        line: inline.line,
        rule: "too-much-markup",
        reason: `the seed has more than ${thousands(MAX_MARKUP_PER_SEED)} markup characters (${MARKUP_CHARACTERS}) by this line, more than the parser reads in good time`,
        fix: "split it into several seeds, or remove the stray markup",
      };
  }
}

/** `2000` as `2,000`, the same under any locale. */
function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
