import { getHeapSpaceStatistics } from "node:v8";
import { describe, expect, it } from "vitest";
import { collectGarbage } from "../../src/common/collect-garbage.ts";

describe("collectGarbage", () => {
  it("should free what nothing holds any more, without --expose-gc", () => {
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined(); // the test runs with Node's own flags
    const holder: { garbage?: string[][] } = { garbage: Array.from({ length: 200 }, (_, i) => Array.from({ length: 2000 }, (_, j) => `${i}-${j}-${"x".repeat(50)}`)) };
    const held = process.memoryUsage().heapUsed;
    expect(holder.garbage).toHaveLength(200);
    delete holder.garbage;
    collectGarbage();
    expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(20 * 2 ** 20); // about 30 MB of strings and arrays
  });
});

describe("collectGarbage({ compact: true })", () => {
  it("should give back the pages that what is live only half fills, which plain collections keep, and leave compacting off", () => {
    const oldSpace = () => getHeapSpaceStatistics().find((space) => space.space_name === "old_space")!.space_size;
    // Every other object kept, the rest let go once in the old space: pages half full.
    const fragment = () => {
      const kept: object[] = [];
      let batch: object[] = [];
      for (let i = 0; i < 2_000_000; i++) {
        const item = { i, text: `item ${i}` };
        if (i % 2 === 0) kept.push(item);
        else batch.push(item);
        if (batch.length > 100_000) batch = [];
      }
      return kept;
    };
    const first = fragment();
    collectGarbage();
    collectGarbage();
    const plain = oldSpace();
    collectGarbage({ compact: true });
    const compacted = oldSpace();
    expect(compacted).toBeLessThan(plain * 0.8);
    const second = fragment();
    collectGarbage();
    collectGarbage();
    expect(oldSpace() - compacted).toBeGreaterThan(plain * 0.85); // its pages kept half full, as the first's were
    expect(first.length + second.length).toBe(2_000_000);
  });
});
