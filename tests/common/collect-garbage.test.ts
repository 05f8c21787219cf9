import { describe, expect, it } from "vitest";
import { collectGarbage } from "../../src/common/collect-garbage.ts";

describe("collectGarbage", () => {
  it("should free what nothing holds any more, without --expose-gc", () => {
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined(); // the test runs with Node's own flags
    let garbage: string[][] | null = Array.from({ length: 200 }, (_, i) => Array.from({ length: 2000 }, (_, j) => `${i}-${j}-${"x".repeat(50)}`));
    const held = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(200);
    garbage = null;
    collectGarbage();
    expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(20 * 2 ** 20); // about 30 MB of strings and arrays
  });
});
