import type { Root, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const markdownParser = unified().use(remarkParse);

/** Texts longer than this are parsed a piece at a time. */
export const CHUNK_CHARACTERS = 32 * 1024;

/** A line that may be a link definition, anywhere (in a quote, a list, code): `[label]: …` */
const DEFINITION = /^[ \t>]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)*\[(?:[^\]\\\n]|\\.)+\]:/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that may hold blank lines (CommonMark's kinds 1 to 5), and what ends each. */
const RAW_HTML_BLOCK = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i;
const HTML_BLOCKS: Array<[RegExp, string]> = [
  [/^ {0,3}<!--/, "-->"],
  [/^ {0,3}<\?/, "?>"],
  [/^ {0,3}<![A-Za-z]/, ">"],
  [/^ {0,3}<!\[CDATA\[/, "]]>"],
];

/**
 * Parses Markdown into a syntax tree, as remark would in one go. remark holds every token of a
 * text until it has read all of it, so a very long seed parsed in pieces takes far less memory,
 * in the same time (measured: see docs/performance.md). So a long text is cut where no block can
 * continue (a blank line, then a line that starts with a letter, outside code fences and HTML
 * blocks), each piece is parsed alone, and the pieces' nodes are joined, their lines made the text's.
 */
export function parseMarkdown(text: string, chunkCharacters = CHUNK_CHARACTERS): Root {
  // A link definition counts everywhere in the text: a text with any is parsed whole.
  if (text.length <= chunkCharacters || DEFINITION.test(text)) return markdownParser.parse(text);
  const root: Root = { type: "root", children: [] };
  for (const piece of splitIntoPieces(text.split("\n"), chunkCharacters)) {
    for (const node of markdownParser.parse(piece.text).children) {
      shiftLines(node, piece.firstLine - 1);
      root.children.push(node);
    }
  }
  return root;
}

function* splitIntoPieces(lines: string[], chunkCharacters: number): Generator<{ text: string; firstLine: number }> {
  let start = 0;
  let size = 0;
  let open: string | null = null; // what ends the code fence or HTML block we are in
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (size >= chunkCharacters && open === null && index > start && lines[index - 1]!.trim() === "" && /^\p{L}/u.test(line)) {
      yield { text: lines.slice(start, index).join("\n"), firstLine: start + 1 };
      start = index;
      size = 0;
    }
    size += line.length + 1;
    open = nextOpenBlock(line, open);
  }
  yield { text: lines.slice(start).join("\n"), firstLine: start + 1 };
}

/** After this line: the end marker of the fence or HTML block still open, or null. */
function nextOpenBlock(line: string, open: string | null): string | null {
  if (open !== null) {
    if (open.startsWith("`") || open.startsWith("~")) {
      const fence = line.match(FENCE)?.[1];
      return fence && fence[0] === open[0] && fence.length >= open.length && line.trim() === fence ? null : open;
    }
    return line.toLowerCase().includes(open) ? null : open;
  }
  const fence = line.match(FENCE)?.[1];
  if (fence) return fence;
  const raw = line.match(RAW_HTML_BLOCK);
  if (raw) return endsOn(line, raw[0].length, `</${raw[1]!.toLowerCase()}>`);
  for (const [start, end] of HTML_BLOCKS) {
    const match = line.match(start);
    if (match) return endsOn(line, match[0].length, end);
  }
  return null;
}

function endsOn(line: string, from: number, end: string): string | null {
  return line.slice(from).toLowerCase().includes(end) ? null : end;
}

function shiftLines(node: RootContent, by: number): void {
  visit(node, (child) => {
    if (!child.position) return;
    child.position.start.line += by;
    child.position.end.line += by;
  });
}
