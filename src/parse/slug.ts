import slugify from "@sindresorhus/slugify";

const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug from a title: lower-case ASCII words joined by `-`, other scripts transliterated
 * (`Путин` → `putin`). Dots inside abbreviations go first, so `U.S.` gives `us`, not `u-s`.
 * Long titles are cut at a word boundary; a title with no letters or digits gives `article`.
 */
export function slugFromTitle(title: string): string {
  const withoutAbbreviationDots = title.replace(/(?<=\p{L})\.(?=\p{L}|\s|$)/gu, "");
  const slug = slugify(withoutAbbreviationDots);
  return truncateSlug(slug) || "article";
}

function truncateSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf("-");
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** Whether a slug given in front matter is usable as it is. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= MAX_SLUG_LENGTH;
}
