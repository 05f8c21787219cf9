/**
 * remark's time grows much faster than linearly with nesting (measured: see docs/performance.md),
 * so a seed's nesting is measured from its raw lines, before parsing, and a seed nested deeper
 * than any article needs is refused.
 */

export const MAX_NESTING = 32;

const CONTAINER_MARKER = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;
/** `* * * *` or `- - -` (after any `>`): a thematic break, however long, not nested lists. */
const THEMATIC_BREAK = /^(?:[ \t]*>)*[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The deepest nesting of block quotes and lists in the text, and the first line that has it. */
export function measureNesting(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let lineNumber = 0;
  for (const rawLine of text.split("\n")) {
    lineNumber++;
    const indentDepth = Math.floor(indentWidth(rawLine) / 2);
    let rest = THEMATIC_BREAK.test(rawLine) ? rawLine.replace(/[-*_][-*_ \t]*$/, "") : rawLine;
    let markers = 0;
    for (let match = rest.match(CONTAINER_MARKER); match; match = rest.match(CONTAINER_MARKER)) {
      markers++;
      rest = rest.slice(match[0].length);
      if (markers > MAX_NESTING * 4) break;
    }
    const depth = markers + (markers > 0 || /^[-*+>]|^\d/.test(rawLine.trimStart()) ? indentDepth : 0);
    if (depth > deepest.depth) deepest = { depth, line: lineNumber };
  }
  return deepest;
}

function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === " ") width++;
    else if (char === "\t") width += 4;
    else break;
  }
  return width;
}
