import type { ArchivedArticle } from "../article.ts";
import type { Provenance } from "./pages.ts";

/**
 * What an article page says of where its record came from: the original and its outlet, the
 * seed and a SHA-256 of its bytes, when it was captured, the parser's version, and where to look
 * the original up in the Internet Archive (a plain link: the site never fetches anything).
 */
export function provenanceOf(article: ArchivedArticle, parserVersion: string | null): Provenance {
  return {
    original: article.source.url,
    outlet: article.source.name,
    seedFile: article.seedFile,
    seedSha256: article.seedSha256,
    captured: article.captured ?? null,
    parserVersion,
    wayback: article.source.url ? waybackUrl(article.source.url) : null,
  };
}

/**
 * The Wayback Machine's calendar of captures of an address: `https://web.archive.org/web/*\/`
 * followed by the address as a URL parser writes it (spaces and other characters percent-encoded);
 * without its fragment, which a browser would not send.
 */
export function waybackUrl(original: string): string {
  const url = new URL(original);
  url.hash = "";
  return `https://web.archive.org/web/*/${url.href}`;
}
