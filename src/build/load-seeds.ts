import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic, ParsedArticle } from "../article.ts";
import { parseSeed, type ParseOptions } from "../parse/parse-seed.ts";
import { decodeSeed } from "./decode-seed.ts";
import { listSeedFiles } from "./seed-files.ts";

export interface LoadedSeeds {
  articles: ParsedArticle[];
  diagnostics: Diagnostic[];
  /** Files in the seeds folder that were not read (unknown extensions). */
  skipped: string[];
}

/** Reads and parses every seed under a folder. The only part of the parser that reads files. */
export async function loadSeeds(seedsDir: string, options: ParseOptions = {}): Promise<LoadedSeeds> {
  const { seeds, skipped } = await listSeedFiles(seedsDir);
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
    const decoded = decodeSeed(bytes);
    if (!decoded.ok) {
      diagnostics.push({ severity: "error", file, line: decoded.line, column: 1, rule: decoded.rule, message: decoded.message });
      continue;
    }
    const result = parseSeed(decoded.text, file, options);
    diagnostics.push(...result.diagnostics);
    if (result.ok) articles.push(result.article);
  }
  return { articles, diagnostics, skipped };
}
