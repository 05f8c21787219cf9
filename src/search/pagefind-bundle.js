// Plain JavaScript (type-checked through JSDoc), like index-worker.js: a worker thread loads it
// without the TypeScript loader, which took longer to start than the indexing it serves.
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { withContent } from "./record-content.js";

/** Records sent to Pagefind before waiting for its answers: all of a large shard's at once held too much memory (measured: see docs/performance.md). */
const RECORDS_IN_FLIGHT = 256;

/** The files of a bundle that the search page uses; Pagefind's own UI bundles are removed. */
const KEPT = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/;

/**
 * Writes one Pagefind bundle of records into `bundle`, replacing what was there. A record's
 * text stored in the parse cache is read with its batch.
 * @param {typeof import("pagefind")} indexer
 * @param {import("./search-records.ts").RecordToIndex[]} records
 * @param {string} bundle
 * @param {string} language
 * @returns {Promise<void>}
 */
export async function writeBundle(indexer, records, bundle, language) {
  await rm(bundle, { recursive: true, force: true });
  const { index, errors } = await indexer.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start indexing: ${errors.join("; ")}`);
  try {
    /** @type {string[]} */
    const failed = [];
    for (let start = 0; start < records.length; start += RECORDS_IN_FLIGHT) {
      const batch = records.slice(start, start + RECORDS_IN_FLIGHT).map(withContent);
      const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      failed.push(...added.flatMap((response, i) => response.errors.map((error) => `${batch[i]?.url}: ${error}`)));
    }
    if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.length} articles:\n${failed.join("\n")}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
  await pruneBundle(bundle);
}

/**
 * Removes Pagefind's UI bundles and the WebAssembly of languages the index does not use.
 * @param {string} bundle
 */
async function pruneBundle(bundle) {
  /** @type {{ languages: Record<string, { wasm?: string }> }} */
  const entry = JSON.parse(await readFile(path.join(bundle, "pagefind-entry.json"), "utf8"));
  const wasm = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? "unknown"}.pagefind`));
  const unused = (await readdir(bundle)).filter((name) => !KEPT.test(name) && !wasm.has(name));
  await Promise.all(unused.map((name) => rm(path.join(bundle, name), { recursive: true, force: true })));
}
