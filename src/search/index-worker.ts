// A worker thread with its own Pagefind process: writes the bundles it is sent, one at a time
// (see search-index.ts). While it writes, only Pagefind's pending requests keep the thread
// alive: should Pagefind die, its answers never come, the thread ends, and the build sees it
// end without an answer instead of waiting for ever.
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { writeBundle } from "./pagefind-bundle.ts";
import type { SearchRecord } from "./search-records.ts";

export interface IndexJob {
  id: string;
  records: SearchRecord[];
  bundle: string;
  language: string;
}

// Pagefind's module prints "Service stopped" with a stack when its process dies; the build says
// what failed in one line of its own, so that line is all the user sees.
const printError = console.error.bind(console);
console.error = (...args: unknown[]) => (args[0] === "Service stopped" ? undefined : printError(...args));

const port = parentPort!;
port.on("message", ({ id, records, bundle, language }: IndexJob) => {
  port.unref();
  const answer = (message: { id: string; error?: string }) => {
    port.ref(); // idle again: wait for the next job
    port.postMessage(message);
  };
  writeBundle(pagefind, records, bundle, language).then(
    () => answer({ id }),
    (error: unknown) => answer({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
