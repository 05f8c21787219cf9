import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRebuildQueue } from "../../src/serve/rebuild-queue.ts";

/** A rebuild that counts its runs and finishes only when the test says so. */
function controlledRebuild() {
  const finishers: Array<(error?: Error) => void> = [];
  let started = 0;
  let finished = 0;
  const rebuild = () => {
    started++;
    return new Promise<void>((resolve, reject) => {
      finishers.push((error) => {
        finished++;
        if (error) reject(error);
        else resolve();
      });
    });
  };
  /** Finishes the oldest running rebuild, then lets its `.finally` start the next one. */
  const finish = async (error?: Error) => {
    finishers.shift()?.(error);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { rebuild, finish, started: () => started, finished: () => finished };
}

describe("createRebuildQueue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("should make one rebuild for a burst of changes, once the quiet period has passed", async () => {
    const { rebuild, started } = controlledRebuild();
    const queue = createRebuildQueue(rebuild, 30);
    for (let i = 0; i < 5; i++) {
      queue.schedule();
      await vi.advanceTimersByTimeAsync(20); // each change comes before the last one's quiet period ends
    }
    expect(started()).toBe(0);
    await vi.advanceTimersByTimeAsync(9);
    expect(started()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(started()).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(started()).toBe(1);
  });

  it("should make exactly one more rebuild after a running one for all the changes made during it", async () => {
    const { rebuild, finish, started } = controlledRebuild();
    const queue = createRebuildQueue(rebuild, 30);
    queue.schedule();
    await vi.advanceTimersByTimeAsync(30);
    expect(started()).toBe(1);
    for (let i = 0; i < 3; i++) {
      queue.schedule();
      await vi.advanceTimersByTimeAsync(100); // each quiet period passes while the first rebuild still runs
    }
    expect(started()).toBe(1);
    await finish();
    expect(started()).toBe(2);
    await finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(started()).toBe(2);
  });

  it("should resolve runNow only once no rebuild runs or waits", async () => {
    const { rebuild, finish, started, finished } = controlledRebuild();
    const queue = createRebuildQueue(rebuild, 30);
    queue.schedule();
    await vi.advanceTimersByTimeAsync(30); // a rebuild runs…
    let resolved = false;
    const done = queue.runNow().then(() => {
      resolved = true;
    }); // …so this one waits behind it
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(false);
    await finish();
    expect(started()).toBe(2);
    expect(resolved).toBe(false);
    await finish();
    await done;
    expect(resolved).toBe(true);
    expect(finished()).toBe(2);
  });

  it("should start a rebuild at once on runNow, without waiting for the quiet period", async () => {
    const { rebuild, finish, started } = controlledRebuild();
    const queue = createRebuildQueue(rebuild, 30);
    queue.schedule();
    const done = queue.runNow();
    expect(started()).toBe(1);
    await finish();
    await done;
    await vi.advanceTimersByTimeAsync(1000); // the scheduled rebuild was folded into this one
    expect(started()).toBe(1);
  });

  it("should go on rebuilding after a rebuild that throws", async () => {
    const { rebuild, finish, started } = controlledRebuild();
    const queue = createRebuildQueue(rebuild, 30, () => {});
    queue.schedule();
    await vi.advanceTimersByTimeAsync(30);
    queue.schedule(); // a change during the rebuild that is about to fail
    await vi.advanceTimersByTimeAsync(30);
    await finish(new Error("a broken seed"));
    expect(started()).toBe(2);
    await finish();
    queue.schedule();
    await vi.advanceTimersByTimeAsync(30);
    expect(started()).toBe(3);
    const done = queue.runNow();
    await finish();
    await finish(new Error("broken again"));
    await expect(done).resolves.toBeUndefined();
  });

  it("should hand a rebuild's error to onError, leaving no rejection unhandled", async () => {
    vi.useRealTimers(); // Node reports unhandled rejections between real turns of the event loop
    const errors: unknown[] = [];
    let runs = 0;
    const queue = createRebuildQueue(
      async () => {
        throw new Error(`broken seed ${++runs}`);
      },
      5,
      (error) => errors.push(error),
    );
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled); // without a listener Node 20 ends the process: npm start would stop
    try {
      queue.schedule();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await queue.runNow();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
      expect(errors.map((error) => (error as Error).message)).toEqual(["broken seed 1", "broken seed 2"]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
