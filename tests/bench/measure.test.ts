import { describe, expect, it } from "vitest";
import { lastProgressLine } from "../../src/bench/measure.ts";

describe("lastProgressLine", () => {
  it("should give the last whole progress line, not other output or a line still being written", () => {
    const output = [
      "broadsheet: seeds parsed  41,200 of 100,000 (3,120 a second, about 19 s left)",
      "broadsheet: seeds parsed  100,000 of 100,000 in 32 s",
      "[timings] plan: 2000 ms",
      "broadsheet: pages rendered  1,0",
    ].join("\n");
    expect(lastProgressLine(output)).toBe("broadsheet: seeds parsed  100,000 of 100,000 in 32 s");
  });

  it("should give null before any progress line", () => {
    expect(lastProgressLine("Built 20 articles\n")).toBeNull();
    expect(lastProgressLine("")).toBeNull();
  });
});
