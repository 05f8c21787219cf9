import { createHash } from "node:crypto";
import type { Paragraph, Root, RootContent } from "mdast";
import type { ArticleSource, Diagnostic, ParsedArticle } from "../article.ts";
import { findComplexityProblem } from "./complexity.ts";
import { isPictureParagraph } from "./lead-picture.ts";
import { dateFromUrl } from "./dates.ts";
import { diagnostic, type Finding } from "./diagnostic.ts";
import { type EntityOptions, extractEntities } from "./entities.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import { countWords, plainText } from "./plain-text.ts";
import { bodyImages, isSafeUrl, makeTreeSafe, rawHtmlAsText, renderBody } from "./safe-body.ts";
import { readSeedHeader } from "./seed-header.ts";
import { takeSeedExtras } from "./seed-extras.ts";
import { type SeedLocations, seedWarnings } from "./seed-warnings.ts";
import { slugFromTitle } from "./slug.ts";

export interface ParseOptions {
  /** Display names of known outlets, by domain without `www.`. */
  outlets?: Record<string, string>;
  /** The site's aliases and stop-words for people, places and organisations. */
  entities?: EntityOptions;
}

/** An article as the parse makes it: with its body (which the loader may then keep on disk: `bodyFile`). */
export type ParsedSeed = ParsedArticle & { bodyHtml: string; bodyText: string };

export type ParseResult<Article extends ParsedArticle = ParsedSeed> = { ok: true; article: Article; diagnostics: Diagnostic[]; locations: SeedLocations } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses one seed's text into an article (README, Seed format and The record), or into errors that
 * say where and what to fix. Pure: text and the seed's path in, record out; it never throws
 * for any input text and never touches the file system.
 */
export function parseSeed(text: string, seedFile: string, options: ParseOptions = {}, seedSha256 = sha256(text)): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const report = (error: Finding) => diagnostics.push(diagnostic("error", seedFile, error));
  const fail = () => ({ ok: false as const, diagnostics });

  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (source.trim() === "") {
    report({ line: 1, rule: "empty", reason: "the seed is empty", fix: "write the article (a `# Title` line, a date line, the body) or delete the file" });
    return fail();
  }

  const { frontMatter, body, bodyLineOffset, keyLines, problems } = splitFrontMatter(source);
  for (const problem of problems) report(problem);
  if (problems.length > 0) return fail();

  const tooComplex = findComplexityProblem(body);
  if (tooComplex) {
    report({ ...tooComplex, line: tooComplex.line + bodyLineOffset });
    return fail();
  }

  const tree = parseMarkdown(body);
  rawHtmlAsText(tree);
  const fileLine = (node: { position?: { start: { line: number } } } | undefined) => (node?.position?.start.line ?? 1) + bodyLineOffset;

  const header = readSeedHeader(tree.children);
  const extras = takeSeedExtras(tree.children.slice(header.consumed));
  const bodyRoot: Root = { type: "root", children: withoutRepeatedHeader(extras.body, frontMatter.title) };
  // The body's pictures are not its summary; known before they become links to the picture.
  const pictures = new Set(bodyRoot.children.filter((node) => node.type === "paragraph" && isPictureParagraph(node)));
  makeTreeSafe(bodyRoot);
  const bodyNodes = bodyRoot.children;

  const title = frontMatter.title ?? header.title?.text;
  if (!title) {
    report({ line: fileLine(tree.children[0]), rule: "missing-title", reason: "the seed has no title", fix: "start it with a `# Title` line (or set `title:` in front matter)" });
  }

  const sourceUrl = frontMatter.source_url ?? extras.source?.url ?? null;
  const sourceLine = frontMatter.source_url ? (keyLines.source_url ?? 1) : extras.source ? extras.source.line + bodyLineOffset : null;
  if (sourceUrl && !(isSafeUrl(sourceUrl) && URL.canParse(sourceUrl))) {
    report({
      line: sourceLine ?? 1,
      rule: "bad-source-url",
      reason: `the source URL "${sourceUrl}" is not an http(s) address`,
      fix: "give the article's full original address (e.g. https://www.example.com/2026/01/03/story)",
    });
  }

  const date = frontMatter.date ?? (header.invalidDate ? undefined : header.date?.date) ?? (sourceUrl ? dateFromUrl(sourceUrl) : null);
  if (header.invalidDate && !frontMatter.date) {
    report({ line: header.invalidDate.line + bodyLineOffset, rule: "invalid-date", reason: header.invalidDate.reason, fix: 'correct the date line (e.g. "January 3, 2026")' });
  } else if (!date) {
    report({
      line: (header.title?.line ?? 1) + bodyLineOffset,
      rule: "missing-date",
      reason: "the seed has no usable date",
      fix: 'add a date line under the title (e.g. "January 3, 2026"), a `date:` in front matter, or a source URL with /YYYY/MM/DD/ in its path',
    });
  }

  if (!title || !date || diagnostics.some((d) => d.severity === "error")) return fail();

  const caption = frontMatter.image_caption ?? header.image?.caption;
  const credit = frontMatter.image_credit ?? header.image?.credit ?? null;
  const bodyText = bodyNodes
    .map((node) => plainText(node))
    .filter(Boolean)
    .join("\n\n");
  const firstParagraph = bodyNodes.find((node): node is Paragraph => node.type === "paragraph" && !pictures.has(node));
  const picture = header.picture;
  const article: ParsedSeed = {
    slug: frontMatter.slug ?? slugFromTitle(title),
    title,
    date,
    author: frontMatter.author ?? header.author ?? null,
    source: describeSource(sourceUrl, frontMatter.source_name, options.outlets ?? {}),
    image: caption || picture ? { caption: caption ?? "", credit, url: picture?.url ?? null, alt: picture?.alt ?? null } : null,
    summary: firstParagraph ? plainText(firstParagraph) : "",
    related: extras.related.map(({ title: relatedTitle, href }) => ({ title: relatedTitle, href })),
    wordCount: countWords(bodyText),
    seedFile,
    seedSha256,
    tags: frontMatter.tags ?? [],
    entities: extractEntities(title, bodyText, options.entities),
    bodyHtml: renderBody(bodyNodes),
    bodyText,
  };
  if (frontMatter.captured) article.captured = frontMatter.captured;
  if (header.date?.time && !frontMatter.date && !header.invalidDate) article.time = header.date.time;
  const images = bodyImages(bodyNodes);
  if (images.length > 0) article.bodyImages = images.map(({ path, line }) => ({ path, line: line + bodyLineOffset }));
  const titleLine = frontMatter.title ? (keyLines.title ?? 1) : header.title!.line + bodyLineOffset;
  const locations: SeedLocations = {
    title: titleLine,
    date: frontMatter.date ? (keyLines.date ?? 1) : header.date ? header.date.line + bodyLineOffset : (sourceLine ?? titleLine),
    caption: frontMatter.image_caption ? (keyLines.image_caption ?? 1) : header.image ? header.image.line + bodyLineOffset : null,
    picture: picture ? picture.line + bodyLineOffset : null,
    source: sourceLine,
    related: extras.related.map(({ line }) => line + bodyLineOffset),
    body: bodyNodes[0] ? fileLine(bodyNodes[0]) : titleLine,
    end: lineCount(source.trimEnd()),
  };
  diagnostics.push(...seedWarnings(article, locations));
  return { ok: true, article, diagnostics, locations };
}

/** The source's outlet: a known name for its domain, else the domain itself. */
export function describeSource(url: string | null, name: string | undefined, outlets: Record<string, string>): ArticleSource {
  if (!url) return { name: name ?? null, domain: null, url: null };
  const domain = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  return { name: name ?? outlets[domain] ?? domain, domain, url };
}

/** With front matter, the text may repeat the title as a heading: it is not shown twice. */
function withoutRepeatedHeader(nodes: RootContent[], frontMatterTitle: string | undefined): RootContent[] {
  if (!frontMatterTitle) return nodes;
  const first = nodes[0];
  const repeated = first?.type === "heading" && plainText(first).toLowerCase() === frontMatterTitle.toLowerCase();
  return repeated ? nodes.slice(1) : nodes;
}

/** A SHA-256 (hex) of a seed's bytes, or of a text's UTF-8 bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}
