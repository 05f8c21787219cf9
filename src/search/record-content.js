// Plain JavaScript (type-checked through JSDoc), like index-worker.js, which fills in the text of
// the records it is sent: so the bodies are read on the indexing threads, one batch at a time,
// not by the thread that holds the archive.
import { bodyOf } from "../common/article-body.js";

/**
 * Where a record's text is to be read from: the parse cache's file of the article's body.
 * @typedef {object} StoredContent
 * @property {string} bodyFile
 * @property {string} seedFile
 * @property {string | null} caption
 * @property {string} title
 */

/**
 * A record's searchable text: the photo caption and the body text, or the title when both are empty.
 * @param {string | null | undefined} caption
 * @param {string} text
 * @param {string} title
 * @returns {string}
 */
export function recordContent(caption, text, title) {
  return [caption, text].filter(Boolean).join("\n\n") || title;
}

/**
 * A record as Pagefind takes it, its text read from the parse cache where it is stored.
 * @template {{ content?: string, stored?: StoredContent }} R
 * @param {R} record
 * @returns {Omit<R, "stored"> & { content: string }}
 */
export function withContent(record) {
  const { stored, ...rest } = record;
  if (!stored) return /** @type {Omit<R, "stored"> & { content: string }} */ (rest);
  return { ...rest, content: recordContent(stored.caption, bodyOf(stored).text, stored.title) };
}
