import { readFileSync } from "node:fs";

/** An article's body as the parse made it. */
export interface ArticleBody {
  html: string;
  text: string;
}

type WithBody = { bodyHtml?: string; bodyText?: string; bodyFile?: string; seedFile?: string };

/** An article's body, from the article or from the parse cache's file that keeps it (for the render and search stages). */
export function bodyOf(article: WithBody): ArticleBody {
  if (article.bodyHtml !== undefined && article.bodyText !== undefined) return { html: article.bodyHtml, text: article.bodyText };
  if (!article.bodyFile) throw new Error(`${article.seedFile ?? "an article"}: the parse gave no body (a bug: please report it)`);
  let stored: string;
  try {
    stored = readFileSync(article.bodyFile, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${article.seedFile ?? "an article"}: its body is missing from the parse cache (${reason}): delete the cache folder, or build with --no-cache`, { cause: error });
  }
  return JSON.parse(stored) as ArticleBody;
}

/**
 * The body of an article that the loader keeps in memory (one that planning reads: see
 * `load-seeds.ts`), for the pure stages, which read no file.
 */
export function bodyInMemory(article: WithBody): ArticleBody {
  if (article.bodyHtml === undefined || article.bodyText === undefined)
    throw new Error(`${article.seedFile ?? "an article"}: its body is not in memory (a bug: the loader keeps the bodies planning reads)`);
  return { html: article.bodyHtml, text: article.bodyText };
}
