import { describe, expect, it } from "vitest";
import { parseSeed } from "../../src/parse/parse-seed.ts";

const sourceOf = (line: string) => {
  const result = parseSeed(`# A Story\n\nMay 2, 2024\n\nThe body.\n\n${line}\n`, "seed.txt");
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.article.source.url;
};

describe("the one-line Original url", () => {
  it("should keep an apostrophe inside the address", () => {
    expect(sourceOf("Original url: https://www.outlet.example/2025/12/10/o'brien-wins-a76980")).toBe("https://www.outlet.example/2025/12/10/o'brien-wins-a76980");
  });

  it("should leave out the quotes around a quoted address", () => {
    expect(sourceOf("Original url: 'https://www.outlet.example/2025/12/10/story'")).toBe("https://www.outlet.example/2025/12/10/story");
  });
});
