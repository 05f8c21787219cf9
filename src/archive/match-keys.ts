import { memoize } from "../common/memoize.ts";

/**
 * Titles match ignoring case, punctuation and spacing: `Russia’s Economy` = `russias economy`.
 * Remembered: each title is keyed several times a build.
 */
export const titleKey = memoize((title) =>
  title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim(),
);

/**
 * Source URLs match ignoring `www.`, the host's case, a trailing `/`, the fragment and http/https.
 * Remembered: parsing a URL costs far more than a lookup, and each is keyed several times a build.
 */
export const originalUrlKey = memoize((url) => (URL.canParse(url) ? keyOfUrl(new URL(url)) : url));

function keyOfUrl(parsed: URL): string {
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  return `${host}${parsed.port ? `:${parsed.port}` : ""}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}`;
}
