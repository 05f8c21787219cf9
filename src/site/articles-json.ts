import type { ArchivedArticle } from "../article.ts";
import { toRecord } from "../archive/assemble-archive.ts";

/** `/articles.json`'s text: every record, newest first (README, The record). */
export function articlesJson(newestFirst: readonly ArchivedArticle[]): string {
  return `${JSON.stringify({ articles: newestFirst.map(toRecord) }, null, 2)}\n`;
}
