import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";

/** The text of a node as a reader sees it: whitespace folded, no markup. */
export function plainText(node: Nodes | Nodes[]): string {
  return foldWhitespace(Array.isArray(node) ? node.map((child) => toString(child)).join("") : toString(node));
}

/**
 * Every run of whitespace as one space, none at the ends: `text.replace(/\s+/g, " ").trim()`,
 * but touching only the runs that are not one space already (most of a text's spaces), which is
 * faster on a whole seed (measured: see docs/performance.md).
 */
export function foldWhitespace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, " ").trim();
}

/** Words in a text: runs of letters or digits in any script. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
