import { parseSeed, sha256, type ParseOptions, type ParseResult } from "./parse-seed.ts";
import { decodeSeed } from "./decode-seed.ts";
import { diagnostic } from "./diagnostic.ts";
import { citationItem } from "./citation-item.ts";
import { formatCitations } from "./format-citations.ts";

/**
 * A seed file's bytes as an article or errors: decoding, then parsing, then the article's
 * references in each style (here, so that they are made once and cached with the parse). Pure.
 */
export function parseSeedBytes(bytes: Uint8Array, file: string, options: ParseOptions): ParseResult {
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) return { ok: false, diagnostics: [diagnostic("error", file, decoded)] };
  const result = parseSeed(decoded.text, file, options, sha256(bytes));
  if (result.ok) result.article.citations = formatCitations(citationItem(result.article));
  return result;
}
