import { createHash } from "node:crypto";
import path from "node:path";
import type { Diagnostic, LocalPicture, ParsedArticle } from "../article.ts";
import { diagnostic } from "../parse/diagnostic.ts";
import { localPicturePath } from "../parse/picture-path.ts";
import { slugFromTitle } from "../parse/slug.ts";
import type { SeedLocations } from "../parse/seed-warnings.ts";
import type { SeedInput } from "../incremental/seed-reader.ts";

export interface FoundPictures {
  /** The articles, those with a local lead picture given it (and a key that covers its bytes). */
  articles: ParsedArticle[];
  diagnostics: Diagnostic[];
  /** The picture files some seed shows (they are not reported as skipped). */
  used: Set<string>;
}

/**
 * Finds each article's local lead picture (a relative address) among the pictures read beside the
 * seeds, and measures it with sharp. An article whose picture is missing or unreadable keeps its
 * caption, without the picture, and gets a warning. The article's key then stands for the
 * picture's bytes too, so a changed photo makes its pages again.
 */
export async function findSeedPictures(
  articles: ParsedArticle[],
  pictures: ReadonlyArray<{ file: string; path: string } & SeedInput>,
  locations: ReadonlyMap<string, SeedLocations>,
): Promise<FoundPictures> {
  const byFile = new Map(pictures.map((picture) => [picture.file, picture]));
  const diagnostics: Diagnostic[] = [];
  const used = new Set<string>();
  const found: ParsedArticle[] = [];
  for (const article of articles) {
    const lead = article.image?.url && !/^https?:/i.test(article.image.url) ? localPicturePath(article.image.url) : null;
    if (!lead && !article.bodyImages?.length) {
      found.push(article); // most articles: nothing to look for, and nothing made for it on each save (100 MB at 100,000 articles)
      continue;
    }
    const warn = (line: number, rule: string, reason: string, fix: string) => diagnostics.push(diagnostic("warning", article.seedFile, { line, rule, reason, fix }));
    const stems = new Map<string, string>(); // file → stem: two files of one article never share output names
    /** The picture a relative address of the seed names, measured, or null (with a warning) when it cannot be shown. */
    const locate = async (relative: string, line: number, without: string): Promise<LocalPicture | null> => {
      const file = path.posix.join(path.posix.dirname(article.seedFile), relative);
      const read = byFile.get(file);
      if (!read) {
        warn(line, "missing-picture", `the picture "${relative}" is not beside the seed (looked for ${file} in the seeds folder)`, `put the file there, or give its full http(s) address; ${without}`);
        return null;
      }
      used.add(file);
      const measured = await measure(read.bytes());
      if (!measured) {
        warn(line, "bad-picture", `the picture ${file} is not an image sharp can read (JPEG, PNG, WebP, GIF or AVIF)`, `save it again in one of those formats; ${without}`);
        return null;
      }
      const digest = read.digest;
      return { file, path: read.path, digest, ...measured, stem: uniqueStem(file, stems) };
    };
    const picture = lead ? await locate(lead, locations.get(article.seedFile)?.picture ?? 1, "the caption is shown without it") : null;
    const bodyPictures = [];
    for (const { path: relative, line } of article.bodyImages ?? []) bodyPictures.push(await locate(relative, line, "its alt text is shown instead"));
    const digests = [picture, ...bodyPictures].filter((each): each is LocalPicture => each !== null).map((each) => each.digest);
    if (!picture && bodyPictures.length === 0) {
      found.push(article);
      continue;
    }
    const sourceKey =
      article.sourceKey === undefined || digests.length === 0
        ? article.sourceKey
        : digests.reduce((hash, digest) => hash.update("\0").update(digest), createHash("sha256").update(article.sourceKey)).digest("hex");
    found.push({ ...article, ...(picture ? { picture } : {}), ...(bodyPictures.length > 0 ? { bodyPictures } : {}), ...(sourceKey ? { sourceKey } : {}) });
  }
  return { articles: found, diagnostics, used };
}

/** The name the archive gives a picture's files in its article's folder: its own, slugged, made unique within the article. */
function uniqueStem(file: string, stems: Map<string, string>): string {
  const known = stems.get(file);
  if (known) return known;
  const base = file.slice(file.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  const stem = slugFromTitle(dot > 0 ? base.slice(0, dot) : base) || "picture";
  const taken = new Set(stems.values());
  let unique = stem;
  for (let n = 2; taken.has(unique); n++) unique = `${stem}-${n}`;
  stems.set(file, unique);
  return unique;
}

/** A picture's displayed size and format, as eleventy-img will see it (EXIF rotation applied); null if sharp cannot read it. */
async function measure(bytes: Uint8Array): Promise<Pick<LocalPicture, "width" | "height" | "format"> | null> {
  const { default: sharp } = await import("sharp");
  try {
    const metadata = await sharp(bytes).metadata();
    if (!metadata.width || !metadata.height || !metadata.format || metadata.format === "svg") return null;
    const height = metadata.pageHeight ?? metadata.height;
    const rotated = (metadata.orientation ?? 1) >= 5;
    return { width: rotated ? height : metadata.width, height: rotated ? metadata.width : height, format: metadata.format };
  } catch {
    return null;
  }
}
