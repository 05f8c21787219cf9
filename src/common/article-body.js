// Plain JavaScript (type-checked through JSDoc): the search's indexing threads read bodies too,
// and they start without the TypeScript loader (src/search/index-worker.js).
import { readFileSync } from "node:fs";

/**
 * An article's body as the parse made it.
 * @typedef {{ html: string, text: string }} ArticleBody
 */

/** @typedef {{ bodyHtml?: string, bodyText?: string, bodyFile?: string, seedFile?: string }} WithBody */

/**
 * Whether the article carries its body; else `bodyOf` reads it from the article's `bodyFile`.
 * @param {WithBody} article
 * @returns {article is WithBody & { bodyHtml: string, bodyText: string }}
 */
export function carriesBody(article) {
  return article.bodyHtml !== undefined && article.bodyText !== undefined;
}

/**
 * An article's body, from the article or from the parse cache's file that keeps it (for the render and search stages).
 * @param {WithBody} article
 * @returns {ArticleBody}
 */
export function bodyOf(article) {
  if (carriesBody(article)) return { html: article.bodyHtml, text: article.bodyText };
  if (!article.bodyFile) throw new Error(`${article.seedFile ?? "an article"}: the parse gave no body (a bug: please report it)`);
  /** @type {string} */
  let stored;
  try {
    stored = readFileSync(article.bodyFile, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${article.seedFile ?? "an article"}: its body is missing from the parse cache (${reason}): delete the cache folder, or build with --no-cache`, { cause: error });
  }
  return /** @type {ArticleBody} */ (JSON.parse(stored));
}

/**
 * The body of an article that the loader keeps in memory (one that planning reads: see
 * `load-seeds.ts`), for the pure stages, which read no file.
 * @param {WithBody} article
 * @returns {ArticleBody}
 */
export function bodyInMemory(article) {
  if (!carriesBody(article)) throw new Error(`${article.seedFile ?? "an article"}: its body is not in memory (a bug: the loader keeps the bodies planning reads)`);
  return { html: article.bodyHtml, text: article.bodyText };
}
