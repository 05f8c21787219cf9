import type { Heading, Paragraph, RootContent } from "mdast";
import { readDateLine } from "./dates.ts";
import { leadPicture, type LeadPicture } from "./lead-picture.ts";
import { plainText } from "./plain-text.ts";

/** What a seed's header lines say: the lines before the body (README, Seed format). */
export interface SeedHeader {
  title?: { text: string; line: number };
  date?: { date: string; time?: string; line: number };
  invalidDate?: { reason: string; line: number };
  author?: string;
  image?: { caption: string; credit: string; line: number };
  /** A paragraph holding only an image: the lead picture, whose caption is the paragraph after it. */
  picture?: LeadPicture & { line: number };
  /** How many of the root's children the header took. */
  consumed: number;
}

const BYLINE = /^By\s+(\S.{0,150})$/u;

/**
 * Reads the header at the top of a parsed seed: the title heading, the date line, the byline,
 * the lead picture (a paragraph holding only an image) and the lead photo's caption (a paragraph
 * ending in a bold credit), in any order, each once.
 * Stops at the first node that is none of these: that is where the body starts.
 */
export function readSeedHeader(nodes: RootContent[]): SeedHeader {
  const header: SeedHeader = { consumed: 0 };
  for (const node of nodes) {
    if (!takeHeaderLine(header, node)) break;
    header.consumed++;
  }
  return header;
}

function takeHeaderLine(header: SeedHeader, node: RootContent): boolean {
  const line = node.position?.start.line ?? 1;
  if (node.type === "thematicBreak") return true; // a `---` rule among the header lines
  if (node.type === "heading") return takeTitle(header, node, line);
  if (node.type !== "paragraph") return false;
  if (!header.picture) {
    const picture = leadPicture(node);
    if (picture) {
      header.picture = { ...picture, line };
      return true;
    }
  }
  const text = plainText(node);
  if (!header.date && !header.invalidDate) {
    const reading = readDateLine(text);
    if (reading.kind === "date") {
      header.date = reading.time ? { date: reading.date, time: reading.time, line } : { date: reading.date, line };
      return true;
    }
    if (reading.kind === "invalid") {
      header.invalidDate = { reason: reading.reason, line };
      return true;
    }
  }
  const byline = header.author ? null : text.match(BYLINE);
  if (byline && !node.children.some((child) => child.type === "strong")) {
    header.author = byline[1]!.trim();
    return true;
  }
  if (!header.image) return takeCaption(header, node, line);
  return false;
}

function takeTitle(header: SeedHeader, node: Heading, line: number): boolean {
  if (header.title || node.depth !== 1) return false;
  const text = plainText(node);
  if (!text) return false;
  header.title = { text, line };
  return true;
}

/** A caption is the first paragraph that ends in a bold run (the credit) after some text. */
function takeCaption(header: SeedHeader, node: Paragraph, line: number): boolean {
  const children = [...node.children];
  while (children.length > 0 && isBlank(children[children.length - 1]!)) children.pop();
  const last = children[children.length - 1];
  if (!last || last.type !== "strong") return false;
  const caption = plainText(children.slice(0, -1));
  const credit = plainText(last);
  if (!caption || !credit || /^related articles?:?$/i.test(credit)) return false;
  header.image = { caption, credit, line };
  return true;
}

function isBlank(node: Paragraph["children"][number]): boolean {
  return (node.type === "text" && node.value.trim() === "") || node.type === "break";
}
