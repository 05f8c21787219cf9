import { type ResourceLimits, Worker } from "node:worker_threads";

/**
 * Starts a worker thread running a TypeScript module. Worker threads do not inherit the tsx
 * loader that runs the commands, so the worker registers it before importing the module.
 */
export function startTsWorker(module: URL, resourceLimits?: ResourceLimits): Worker {
  const source = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(source, { eval: true, resourceLimits });
}

/** Whether a worker's error is its heap filling up to its `resourceLimits`. */
export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
}
