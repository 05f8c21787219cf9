import { describe, expect, it } from "vitest";
import { groupBy } from "../../src/common/group-by.ts";

describe("groupBy", () => {
  it("should group in the order keys first appear, keep the items' order, and leave out null keys", () => {
    const groups = groupBy(["b1", "a1", "x", "b2", "a2"], (item) => (item === "x" ? null : item[0]!));
    expect([...groups]).toEqual([
      ["b", ["b1", "b2"]],
      ["a", ["a1", "a2"]],
    ]);
  });
});
