// A worker thread with its own Pagefind process: writes the bundles it is sent, one at a time
// (see search-index.ts). While it writes, only Pagefind's pending requests keep the thread
// alive: should Pagefind die, its answers never come, the thread ends, and the build sees it
// end without an answer instead of waiting for ever. Plain JavaScript, so that it starts
// without the TypeScript loader.
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { writeBundle } from "./pagefind-bundle.js";

/**
 * @typedef {object} IndexJob
 * @property {string} id
 * @property {import("./search-records.ts").RecordToIndex[]} records
 * @property {string} bundle
 * @property {string} language
 */

// Pagefind's module prints "Service stopped" with a stack when its process dies; the build says
// what failed in one line of its own, so that line is all the user sees.
const printError = console.error.bind(console);
console.error = (...args) => (args[0] === "Service stopped" ? undefined : printError(...args));

const port = parentPort;
if (!port) throw new Error("index-worker.js runs as a worker thread (see search-lanes.ts)");
port.on("message", (/** @type {IndexJob} */ { id, records, bundle, language }) => {
  port.unref();
  /** @param {{ id: string, error?: string }} message */
  const answer = (message) => {
    port.ref(); // idle again: wait for the next job
    port.postMessage(message);
  };
  writeBundle(pagefind, records, bundle, language).then(
    () => answer({ id }),
    (error) => answer({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
