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
