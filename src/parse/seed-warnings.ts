import type { Diagnostic, ParsedArticle } from "../article.ts";
import { diagnostic } from "./diagnostic.ts";

/** Where the parts of a parsed seed are, as file lines, for the warnings that point at them. */
export interface SeedLocations {
  title: number;
  /** The date line, the front matter's `date:`, or the source URL the date was read from. */
  date: number;
  /** The caption paragraph or the front matter's `image_caption:`; null without a caption. */
  caption: number | null;
  /** The lead picture's line; null without one. */
  picture?: number | null;
  /** The source URL's line; null without one. */
  source: number | null;
  /** The line of each related title, in the order of `article.related`. */
  related: number[];
  /** The body's first line (the title's when the body is empty). */
  body: number;
  /** The file's last line: where a missing `Original url:` block would go. */
  end: number;
}

/** Fewer words than this, and the body was probably not captured whole. */
export const MIN_BODY_WORDS = 50;
/** Dates before this are more likely typos (0999 for 1999) than archived articles. */
export const EARLIEST_DATE = "1900-01-01";

/**
 * Warnings about one parsed seed: it becomes an article, but something in it looks wrong or is
 * missing. Warnings never change the article. (Checks across seeds, and against the build day,
 * are in `src/archive/qa-checks.ts`.) A date read from the source URL is not reported: the seed
 * format (README, Seed format) makes the URL a regular source of the date, and most scraped seeds
 * would be flagged.
 */
export function seedWarnings(article: ParsedArticle, at: SeedLocations): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const warn = (line: number, rule: string, reason: string, fix: string) => warnings.push(diagnostic("warning", article.seedFile, { line, rule, reason, fix }));

  if (article.image && !article.image.credit) {
    warn(at.caption ?? at.title, "missing-credit", "the photo caption has no credit", "add `image_credit:` to the front matter, or end the caption with the credit in bold (`… **Jane Doe / AP**`)");
  }
  if (!article.source.url) {
    warn(
      at.end,
      "missing-source",
      "the seed has no source URL",
      "add an `Original url:` line and the article's address at the end (or `source_url:` in front matter), so readers can find the original",
    );
  }
  if (article.date < EARLIEST_DATE) {
    warn(at.date, "pre-1900-date", `the date ${article.date} is before 1900`, "check the year (a typo such as 0999 for 1999?); if it is right, ignore this warning");
  }
  if (article.wordCount < MIN_BODY_WORDS) {
    const words = `${article.wordCount} ${article.wordCount === 1 ? "word" : "words"}`;
    warn(at.body, "short-body", `the body has only ${words} (fewer than ${MIN_BODY_WORDS})`, "check that the whole article was captured");
  }
  return warnings;
}
