import { Worker } from "node:worker_threads";

/**
 * The worker threads that index search shards, each driving its own Pagefind process. Starting
 * one takes a moment (a thread, Pagefind's module and process), so a session that
 * builds again and again (`npm start`) keeps its idle lanes for the next build; idle lanes never
 * hold the process open. A lane that ends is forgotten, and the next build starts a new one.
 */
export class SearchLanes {
  private readonly idle: Worker[] = [];

  /** `lasting: false` ends each lane once its build is done with it. */
  constructor(private readonly lasting = false) {}

  /** An idle lane, or a new one once it is running. */
  async take(): Promise<Worker> {
    const kept = this.idle.pop();
    if (kept) {
      kept.ref();
      return kept;
    }
    const worker = new Worker(new URL("./index-worker.js", import.meta.url));
    // A lane that fails or ends is never handed out again (its build hears of it on its own).
    worker.on("error", () => this.forget(worker)).once("exit", () => this.forget(worker));
    await new Promise<void>((resolve, reject) => {
      worker.once("online", () => resolve());
      worker.once("exit", (code) => reject(new Error(`a search indexing thread ended before it started (exit code ${code})`)));
    });
    return worker;
  }

  /** Takes back a lane that did its work well. */
  give(worker: Worker): void {
    if (!this.lasting) return void worker.terminate();
    worker.unref();
    this.idle.push(worker);
  }

  /** Ends every idle lane. */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }

  private forget(worker: Worker): void {
    const index = this.idle.indexOf(worker);
    if (index !== -1) this.idle.splice(index, 1);
  }
}
