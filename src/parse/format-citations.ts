import { readFileSync } from "node:fs";
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "./citeproc-macros.ts"; // before any engine is built
import "./citeproc-taints.ts";
import type { Citations } from "../article.ts";
import type { CslItem } from "./citation-item.ts";

/**
 * The official CSL styles (citation-styles/README.md), run by citeproc-js through citation-js. Read
 * once, when the parse is loaded: they are part of the parser, and of its version.
 */
const STYLES: Record<keyof Citations, URL> = {
  chicago: new URL("./citation-styles/chicago-notes-bibliography.csl", import.meta.url),
  apa: new URL("./citation-styles/apa.csl", import.meta.url),
  mla: new URL("./citation-styles/modern-language-association.csl", import.meta.url),
};

const templates = plugins.config.get("@csl").styles;
const templateName = (style: keyof Citations) => `broadsheet-${style}`;
for (const [style, file] of Object.entries(STYLES) as Array<[keyof Citations, URL]>) {
  if (!templates.has(templateName(style))) templates.add(templateName(style), readFileSync(file, "utf8"));
}

/**
 * The item's bibliography entry in each style, as plain text (the processor's HTML is markup we
 * did not write; the templates escape this text). Pure: citation-js keeps one engine per style,
 * which only saves its setup (seconds) and holds no item between calls.
 */
export function formatCitations(item: CslItem): Citations {
  const format = (style: keyof Citations) => (plugins.output.format("bibliography", [item], { template: templateName(style), format: "text", lang: "en-US" }) as string).trim();
  return { chicago: format("chicago"), apa: format("apa"), mla: format("mla") };
}

/**
 * Makes citeproc's engines ahead of need (a second or more each, for the larger styles), so that
 * a long-lived process (`npm start`) does not make the first new seed after it starts wait for them.
 */
export function warmCitationStyles(): void {
  formatCitations({ id: "warm-up", type: "article-newspaper", title: "Warm-up", issued: { "date-parts": [[2000, 1, 1]] }, accessed: { "date-parts": [[2000, 1, 1]] }, URL: "https://example.org/" });
}
