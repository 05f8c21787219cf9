import { describe, expect, it } from "vitest";
import { SearchLanes } from "../../src/search/search-lanes.ts";

describe("SearchLanes", () => {
  it("should hand the same idle lane to the next build when lasting, and a new one otherwise", async () => {
    const lasting = new SearchLanes(true);
    const first = await lasting.take();
    lasting.give(first);
    expect((await lasting.take()).threadId).toBe(first.threadId);

    const once = new SearchLanes(false);
    const lane = await once.take();
    const ended = new Promise((resolve) => lane.once("exit", resolve));
    once.give(lane);
    await ended; // ended, not kept
    const fresh = await once.take();
    expect(fresh.threadId).not.toBe(lane.threadId);
    await fresh.terminate();
    await lasting.close();
  });

  it("should never hand out a lane that ended while idle", async () => {
    const lanes = new SearchLanes(true);
    const lane = await lanes.take();
    lanes.give(lane);
    await lane.terminate();
    const next = await lanes.take();
    expect(next.threadId).not.toBe(lane.threadId);
    await next.terminate();
  });
});
