// A worker thread of the parse pool: parses the seeds it is sent and sends back the results.
import { parentPort } from "node:worker_threads";
import type { ParseOptions } from "../parse/parse-seed.ts";
import { parseSeedBytes } from "../parse/parse-seed-bytes.ts";
import { warmCitationStyles } from "../parse/format-citations.ts";

export interface ParseJob {
  file: string;
  bytes: Uint8Array;
}

// citeproc's engines, which its first seed would make: first, so that a thread started before it has work makes them while it waits.
warmCitationStyles();

parentPort!.on("message", ({ batch, jobs, options }: { batch: number; jobs: ParseJob[]; options: ParseOptions }) => {
  parentPort!.postMessage({ batch, results: jobs.map((job) => parseSeedBytes(job.bytes, job.file, options)) });
});
