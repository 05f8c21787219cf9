import { describe, expect, it } from "vitest";
import { SharedStrings } from "../../src/common/share-strings.ts";
import { collectGarbage } from "../../src/common/collect-garbage.ts";

/** A new copy of `text`, as a worker's message makes one: not the literal's string. */
const copyOf = (text: string) => [...text].join("");

describe("SharedStrings", () => {
  it("leaves the data equal, in place", () => {
    const data = { place: copyOf("Yerevan"), tags: [copyOf("wages"), copyOf("Yerevan")], nested: { n: 3, none: null, long: "x".repeat(40) } };
    const before = structuredClone(data);
    expect(new SharedStrings().share(data)).toBe(data);
    expect(data).toEqual(before);
  });

  it("holds each different short string once, and no long one", () => {
    const strings = new SharedStrings(8);
    strings.share([{ a: copyOf("Havana"), b: copyOf("Havana") }, [copyOf("Havana"), copyOf("Kyiv")], "x".repeat(9)]);
    expect(strings.size).toBe(2);
  });

  it("lets the copies go: the heap shrinks by about the strings it shared", () => {
    const rows = Array.from({ length: 100_000 }, (_, index) => ({ place: copyOf(index % 2 ? "Yerevan" : "Tbilisi"), outlet: copyOf("AP News") }));
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    new SharedStrings().share(rows);
    collectGarbage();
    const freed = before - process.memoryUsage().heapUsed;
    // 200,000 strings of 7 characters took 24 bytes each (V8's header and length, padded): 4.8 MB.
    expect(freed).toBeGreaterThan(3 * 2 ** 20);
    expect(rows[0]).toEqual({ place: "Tbilisi", outlet: "AP News" });
  });
});
