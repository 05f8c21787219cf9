import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { CslItem } from "../parse/citation-item.ts";
import { archivedItem } from "../site/cite-pages.ts";
import { outputFileOf, type CitePage } from "../site/pages.ts";
import type { SiteConfig } from "../site.config.ts";
import { settleAll } from "../common/settle-all.ts";

/**
 * Writes each article's reference downloads from its CSL item (`archivedItem`): CSL-JSON as it
 * is, BibTeX (biblatex's fields: `date`, `urldate`, `journaltitle`) and RIS by citation-js. Small
 * files made without Eleventy, whose cost per page would be most of their making.
 */
export async function renderCiteFiles(pages: CitePage[], site: SiteConfig, outputDir: string, onWritten: (count: number) => void = () => {}): Promise<void> {
  const folders = new Set(pages.map((page) => path.dirname(path.join(outputDir, outputFileOf(page.path)))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  // A few at a time: thousands of open files at once would meet the process's limit.
  for (let start = 0; start < pages.length; start += 64) {
    const batch = pages.slice(start, start + 64);
    await settleAll(batch.map((page) => writeFile(path.join(outputDir, outputFileOf(page.path)), citeFile(page.format, archivedItem(page.article, site)))));
    onWritten(batch.length);
  }
}

/** One download's text. */
export function citeFile(format: CitePage["format"], item: CslItem): string {
  if (format === "json") return `${JSON.stringify([item], null, 2)}\n`;
  if (format === "bib") return plugins.output.format("biblatex", [item], { format: "text" }) as string;
  return risText(item);
}

/**
 * RIS from citation-js's mapping of the item (its `object` output), one tag a line, CR LF as the
 * RIS specification writes them: its text output breaks lines every 70 characters, which its own
 * reader and others join with a space, breaking URLs. RIS names a newspaper article's authors its
 * reporters (TY NEWS, AU), as citation-js maps them; it leaves those names as CSL objects, which
 * are written here as RIS writes a name (`Family, Given`).
 */
function risText(item: CslItem): string {
  const [entry] = plugins.output.format("ris", [{ ...item, ...(item.author ? { reporter: item.author } : {}) }], { format: "object", spec: "new" }) as Array<Record<string, unknown>>;
  const { TY, ...tags } = entry!;
  const lines = [`TY  - ${String(TY)}`, ...Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((one) => `${tag}  - ${risValue(one)}`)), "ER  - "];
  return `${lines.join("\r\n")}\r\n`;
}

function risValue(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  const name = value as { literal?: string; family?: string; given?: string };
  return name.literal ?? [name.family, name.given].filter(Boolean).join(", ");
}
