import { describe, expect, it } from "vitest";
import { memoize, memoizeByObject } from "../../src/common/memoize.ts";

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

describe("memoizeByObject", () => {
  it("should compute once per object, not per equal content", () => {
    const asked: object[] = [];
    const title = memoizeByObject((article: { title: string }) => {
      asked.push(article);
      return article.title.toLowerCase();
    });
    const a = { title: "Tram" };
    const b = { title: "Tram" };
    expect([title(a), title(a), title(b)]).toEqual(["tram", "tram", "tram"]);
    expect(asked).toEqual([a, b]);
    expect(asked[0]).toBe(a);
    expect(asked[1]).toBe(b);
  });
});
