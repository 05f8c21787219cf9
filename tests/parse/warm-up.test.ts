import { describe, expect, it } from "vitest";
import { warmUpParser } from "../../src/parse/warm-up.ts";
import { parseOptionsFor } from "../../src/pipeline/load-seeds.ts";
import { siteConfig } from "../../src/site.config.ts";

describe("warmUpParser", () => {
  it("should parse its sample through every part a seed's parse runs: the body, the names and the references", () => {
    const result = warmUpParser(parseOptionsFor(siteConfig));
    if (!result.ok) throw new Error(`the sample did not parse: ${JSON.stringify(result.diagnostics)}`);
    const { article } = result;
    expect(article.title).toBe("Warm-up");
    expect(article.entities?.people).toContain("Jane Doe");
    expect(article.entities?.places?.length).toBeGreaterThan(0);
    expect(article.entities?.organisations?.length).toBeGreaterThan(0);
    expect(Object.keys(article.citations ?? {})).toEqual(expect.arrayContaining(["chicago", "apa", "mla"]));
  });
});
