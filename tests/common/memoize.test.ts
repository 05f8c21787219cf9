import { describe, expect, it } from "vitest";
import { memoize } from "../../src/common/memoize.ts";

describe("memoize", () => {
  it("should compute each key's answer once, and give it again after", () => {
    const asked: string[] = [];
    const upper = memoize((key) => {
      asked.push(key);
      return key.toUpperCase();
    });
    expect([upper("a"), upper("b"), upper("a"), upper("a")]).toEqual(["A", "B", "A", "A"]);
    expect(asked).toEqual(["a", "b"]);
  });

  it("should remember falsy answers too", () => {
    let calls = 0;
    const length = memoize((key) => {
      calls++;
      return key.length;
    });
    expect([length(""), length(""), length("")]).toEqual([0, 0, 0]);
    expect(calls).toBe(1);
  });
});
