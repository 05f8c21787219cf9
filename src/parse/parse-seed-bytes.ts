import { parseSeed, type ParseOptions, type ParseResult } from "./parse-seed.ts";
import { decodeSeed } from "./decode-seed.ts";
import { diagnostic } from "./diagnostic.ts";

/** A seed file's bytes as an article or errors: decoding, then parsing. Pure. */
export function parseSeedBytes(bytes: Uint8Array, file: string, options: ParseOptions): ParseResult {
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) return { ok: false, diagnostics: [diagnostic("error", file, decoded)] };
  return parseSeed(decoded.text, file, options);
}
