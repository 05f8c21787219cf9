// Plain JavaScript (type-checked through JSDoc): the search's indexing threads read bodies too,
// and they start without the TypeScript loader (src/search/index-worker.js).
import { readFileSync } from "node:fs";

/**
 * An article's body as the parse made it, with the references it made (which only the article's
 * page shows, so they wait in the same file: at 100,000 articles, 110 MB of the main thread's heap).
 * @typedef {{ html: string, text: string, citations?: import("../article.ts").Citations }} ArticleBody
 */

/** @typedef {{ bodyHtml?: string, bodyText?: string, bodyFile?: string, seedFile?: string, citations?: import("../article.ts").Citations }} WithBody */

/**
 * The bodies this thread read last, by file: an article page reads its body for the text and for
 * the references. A body file is named by its parse's key, so what it holds never changes.
 * @type {Map<string, ArticleBody>}
 */
const recent = new Map();
const RECENT = 8;

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
  if (carriesBody(article)) return { html: article.bodyHtml, text: article.bodyText, citations: article.citations };
  if (!article.bodyFile) throw new Error(`${article.seedFile ?? "an article"}: the parse gave no body (a bug: please report it)`);
  const known = recent.get(article.bodyFile);
  if (known) return known;
  /** @type {string} */
  let stored;
  try {
    stored = readFileSync(article.bodyFile, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${article.seedFile ?? "an article"}: its body is missing from the parse cache (${reason}): delete the cache folder, or build with --no-cache`, { cause: error });
  }
  const body = /** @type {ArticleBody} */ (JSON.parse(stored));
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value ?? "");
  recent.set(article.bodyFile, body);
  return body;
}

/**
 * The body of an article that the loader keeps in memory (one that planning reads: see
 * `load-seeds.ts`), for the pure stages, which read no file.
 * @param {WithBody} article
 * @returns {ArticleBody}
 */
export function bodyInMemory(article) {
  if (!carriesBody(article)) throw new Error(`${article.seedFile ?? "an article"}: its body is not in memory (a bug: the loader keeps the bodies planning reads)`);
  return { html: article.bodyHtml, text: article.bodyText, citations: article.citations };
}
