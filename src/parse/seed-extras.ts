import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { plainText } from "./plain-text.ts";
import { isSafeUrl } from "./safe-body.ts";

/** The parts of a seed's body that are about the article rather than of it. */
export interface SeedExtras {
  related: Array<{ title: string; href: string | null; line: number }>;
  source?: { url: string; line: number };
  /** The body without them. */
  body: RootContent[];
}

const RELATED_LABEL = /^(?:related|read also|see also|read more)(?: articles?| stor(?:y|ies))?\s*:?\s*$/i;
const SOURCE_LABEL = /^(?:original (?:url|link|article)|source(?: url)?)\s*:\s*/i;
/** An address in text; an apostrophe may be part of it (`o'brien`), unless the address is quoted. */
const URL_IN_TEXT = /(?<quote>')?(?<url>https?:\/\/[^\s<>"]+)/i;

/**
 * Takes `**Related article:** [Title](#)` paragraphs (anywhere in the body, any number) and the
 * `Original url:` block (the label, then the next link or URL) out of the body.
 */
export function takeSeedExtras(nodes: RootContent[]): SeedExtras {
  const extras: SeedExtras = { related: [], body: [] };
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const line = node.position?.start.line ?? 1;
    if (node.type !== "paragraph") {
      extras.body.push(node);
      continue;
    }
    const related = readRelated(node);
    if (related) {
      extras.related.push(...related.map((entry) => ({ ...entry, line })));
      continue;
    }
    const text = plainText(node);
    if (!extras.source && SOURCE_LABEL.test(text)) {
      const inline = urlIn(node.children) ?? urlInText(text.replace(SOURCE_LABEL, ""));
      if (inline) {
        extras.source = { url: inline, line };
        continue;
      }
      const next = nodes[index + 1];
      const nextUrl = next?.type === "paragraph" ? urlOnly(next) : undefined;
      if (text.replace(SOURCE_LABEL, "") === "" && nextUrl) {
        extras.source = { url: nextUrl, line: next!.position?.start.line ?? line };
        index++;
        continue;
      }
    }
    extras.body.push(node);
  }
  return extras;
}

/**
 * The titles of a related-article paragraph (a bold label, then links, or plain text), each with
 * its link's address when that is an http(s) URL (`#` and relative targets lead nowhere).
 */
function readRelated(node: Paragraph): Array<{ title: string; href: string | null }> | null {
  const [first, ...rest] = node.children;
  if (!first || first.type !== "strong") return null;
  let label = plainText(first);
  let remaining = rest;
  // The colon may stand outside the bold run: **Related article**: [Title](#)
  if (remaining[0]?.type === "text" && /^\s*:/.test(remaining[0].value)) {
    label += ":";
    remaining = [{ ...remaining[0], value: remaining[0].value.replace(/^\s*:/, "") }, ...remaining.slice(1)];
  }
  if (!RELATED_LABEL.test(label) || !label.includes(":")) return null;
  const links = remaining.filter((child) => child.type === "link");
  const entries =
    links.length > 0 ? links.map((link) => ({ title: plainText(link) || archivableHref(link.url) || "", href: archivableHref(link.url) })) : [{ title: plainText(remaining), href: null }];
  return entries.filter(({ title }) => title !== "");
}

function archivableHref(url: string): string | null {
  return /^https?:/i.test(url) && isSafeUrl(url) ? url : null;
}

function urlInText(text: string): string | undefined {
  const groups = text.match(URL_IN_TEXT)?.groups;
  if (!groups) return undefined;
  return groups.quote && groups.url!.endsWith("'") ? groups.url!.slice(0, -1) : groups.url;
}

function urlIn(children: PhrasingContent[]): string | undefined {
  const link = children.find((child) => child.type === "link" && /^https?:\/\//i.test(child.url));
  return link?.type === "link" ? link.url : undefined;
}

/** The URL of a paragraph that holds nothing but one link or a bare URL. */
function urlOnly(node: Paragraph): string | undefined {
  if (node.children.length === 1) {
    const url = urlIn(node.children);
    if (url) return url;
  }
  const text = plainText(node);
  return /^https?:\/\/\S+$/i.test(text) ? text : undefined;
}
