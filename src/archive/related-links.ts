import type { ParsedArticle } from "../article.ts";
import { originalUrlKey, titleKey } from "./match-keys.ts";

/**
 * Finds the archived article a related line names: first the one whose source URL is the line's
 * address (compared as the duplicate-source check compares them: headlines change after
 * publication, addresses do not), then the one with its title (ignoring case and punctuation).
 * The first in the order given wins each address and title.
 */
export function relatedFinder<T extends Pick<ParsedArticle, "title" | "source">>(articles: readonly T[]): (related: { title: string; href: string | null }) => T | undefined {
  const byAddress = new Map<string, T>();
  const byTitle = new Map<string, T>();
  for (const article of articles) {
    if (article.source.url) {
      const key = originalUrlKey(article.source.url);
      if (!byAddress.has(key)) byAddress.set(key, article);
    }
    const key = titleKey(article.title);
    if (!byTitle.has(key)) byTitle.set(key, article);
  }
  return ({ title, href }) => (href ? byAddress.get(originalUrlKey(href)) : undefined) ?? byTitle.get(titleKey(title));
}
