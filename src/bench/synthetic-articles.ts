/**
 * Archive records made straight from synthetic seeds, without the remark parser: for benchmarks
 * of what comes after parsing (the search index), where parsing 10,000 seeds would take minutes.
 * Title, date, byline, caption, source and plain body text are read from the seed's blocks.
 */
import type { ArchivedArticle, ParsedArticle } from "../article.ts";
import { assembleArchive } from "../archive/assemble-archive.ts";
import { dateFromUrl, readDateLine } from "../parse/dates.ts";
import { describeSource } from "../parse/parse-seed.ts";
import { slugFromTitle } from "../parse/slug.ts";
import { siteConfig } from "../site.config.ts";
import { generateSeeds, type Seed } from "./synthetic-seeds.ts";

/** `count` archive records from `generateSeeds(count)`, newest first, paths without a prefix. */
export function syntheticArticles(count: number, seed = 1): ArchivedArticle[] {
  return assembleArchive(generateSeeds(count, { seed }).map(recordOf), "/");
}

function recordOf({ file, text }: Seed): ParsedArticle {
  const blocks = text.trim().split(/\n{2,}/);
  const title = (blocks.shift() ?? "").replace(/^#\s+/, "");
  let date: string | null = null;
  let author: string | null = null;
  let caption: string | null = null;
  let sourceUrl: string | null = null;
  const body: string[] = [];
  for (const block of blocks) {
    const reading = readDateLine(block);
    if (!date && reading.kind === "date") date = reading.date;
    else if (!author && body.length === 0 && /^By [^\n]+$/.test(block)) author = block.slice(3);
    else if (!caption && body.length === 0 && /\*\*[^*]+\*\*$/.test(block)) caption = plain(block.replace(/\s*\*\*[^*]+\*\*$/, ""));
    else if (/^<https?:\/\/[^>]+>$/.test(block)) sourceUrl = block.slice(1, -1);
    else if (block !== "Original url:" && !block.startsWith("**Related article:**")) body.push(plain(block));
  }
  const bodyText = body.join("\n\n");
  return {
    slug: slugFromTitle(title),
    title,
    date: date ?? (sourceUrl && dateFromUrl(sourceUrl)) ?? "2000-01-01",
    author,
    source: describeSource(sourceUrl, undefined, siteConfig.outlets),
    image: caption ? { caption, credit: null, url: null, alt: null } : null,
    summary: body[0] ?? "",
    related: [],
    wordCount: bodyText.split(/\s+/).filter(Boolean).length,
    seedFile: file,
    seedSha256: "",
    tags: [],
    entities: { people: [], places: [], organisations: [] },
    bodyHtml: "",
    bodyText,
  };
}

/** Markdown's inline marks and links as their text. */
function plain(markdown: string): string {
  return markdown
    .replace(/^#+\s+/, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "");
}
