import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic, ParsedArticle } from "../article.ts";
import { parseSeed, type ParseOptions, type ParseResult } from "../parse/parse-seed.ts";
import { decodeSeed } from "./decode-seed.ts";
import { getParserVersion, ParseCache } from "./parse-cache.ts";
import { listSeedFiles } from "./seed-files.ts";

export interface LoadedSeeds {
  articles: ParsedArticle[];
  diagnostics: Diagnostic[];
  /** Files in the seeds folder that were not read (unknown extensions). */
  skipped: string[];
}

export interface LoadOptions extends ParseOptions {
  /** Where parse results are kept between builds; null (the default) parses every seed. */
  cacheDir?: string | null;
}

/** Reads and parses every seed under a folder. The only part of the parser that reads files. */
export async function loadSeeds(seedsDir: string, options: LoadOptions = {}): Promise<LoadedSeeds> {
  const { cacheDir = null, ...parseOptions } = options;
  const { seeds, skipped } = await listSeedFiles(seedsDir);
  const cache = new ParseCache(cacheDir);
  const version = await getParserVersion();
  const articles: ParsedArticle[] = [];
  const diagnostics: Diagnostic[] = skipped.map((file) => ({
    severity: "warning",
    file,
    line: 1,
    column: 1,
    rule: "not-a-seed",
    message: `skipped: seeds are .txt or .md files; rename it or move it out of the seeds folder`,
  }));
  for (const file of seeds) {
    const bytes = await readFile(path.join(seedsDir, file));
    const key = cache.key(version, file, bytes, parseOptions);
    let result = await cache.get(key);
    if (!result) {
      result = parseSeedBytes(bytes, file, parseOptions);
      await cache.set(key, result);
    }
    diagnostics.push(...result.diagnostics);
    if (result.ok) articles.push(result.article);
  }
  return { articles, diagnostics, skipped };
}

/** A seed file's bytes as an article or errors: decoding, then parsing. */
export function parseSeedBytes(bytes: Uint8Array, file: string, options: ParseOptions): ParseResult {
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) {
    return { ok: false, diagnostics: [{ severity: "error", file, line: decoded.line, column: 1, rule: decoded.rule, message: decoded.message }] };
  }
  return parseSeed(decoded.text, file, options);
}
