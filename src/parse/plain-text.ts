import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";

/** The text of a node as a reader sees it: whitespace folded, no markup. */
export function plainText(node: Nodes | Nodes[]): string {
  const text = Array.isArray(node) ? node.map((child) => toString(child)).join("") : toString(node);
  return text.replace(/\s+/g, " ").trim();
}

/** Words in a text: runs of letters or digits in any script. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
