import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { citationItem } from "../../src/parse/citation-item.ts";
import { formatCitations } from "../../src/parse/format-citations.ts";
import { parseSeedBytes } from "../../src/parse/parse-seed-bytes.ts";
import { siteConfig } from "../../src/site.config.ts";

const REAL_SEED = readFileSync(new URL("../fixtures/real-seed.txt", import.meta.url));
const ORIGINAL = "https://www.themoscowtimes.com/2026/01/03/russia-demands-release-of-maduro-after-us-military-strikes-venezuela-a91602";
const TITLE = "Russia Demands Release of Maduro After U.S. Military Strikes Venezuela";

/*
 * Written by hand from the style guides' rules for a newspaper article read online, not produced
 * by the code. Two choices the guides leave to the record: the title is kept as the outlet
 * capitalised it (APA 7 §9.19 would write it in sentence case, which a CSL style cannot make from
 * a headline), and the outlet keeps the record's name with its "The" (CMOS 18 §14.89 drops it);
 * MLA 9 §5.96 allows the URL's scheme, which citeproc keeps.
 */
describe("formatCitations", { timeout: 60_000 }, () => {
  it("should give the shared seed's references in Chicago, APA and MLA as each guide writes an unsigned newspaper article", () => {
    const result = parseSeedBytes(REAL_SEED, "real-seed.txt", { outlets: siteConfig.outlets });
    expect(result.ok && result.article.citations).toEqual({
      // CMOS 18 §14.89: with no author, the newspaper stands in the author's place; then the headline in quotation marks, the date, the URL.
      chicago: `The Moscow Times. “${TITLE}.” January 3, 2026. ${ORIGINAL}.`,
      // APA 7 §9.12 and §10.1: with no author, the title moves to the author's place, before the date in parentheses; the newspaper; the URL without a full stop.
      apa: `${TITLE}. (2026, January 3). The Moscow Times. ${ORIGINAL}`,
      // MLA 9 §5.7 and §5.83: with no author, the title in quotation marks first; the newspaper, day month (abbreviated) year, the URL.
      mla: `“${TITLE}.” The Moscow Times, 3 Jan. 2026, ${ORIGINAL}.`,
    });
  });

  it("should name two authors as each guide names them", () => {
    const item = citationItem({
      slug: "tram",
      title: "Tram Line Opens in Zürich",
      date: "2025-03-14",
      author: "Jane Doe and John Roe",
      source: { name: "Reuters", domain: "reuters.com", url: "https://www.reuters.com/world/tram" },
      captured: "2025-03-15T08:00:00Z",
    });
    expect(formatCitations(item)).toEqual({
      // CMOS 18 §13.76: the first author inverted, "and" before the second, not inverted.
      chicago: "Doe, Jane, and John Roe. “Tram Line Opens in Zürich.” Reuters, March 14, 2025. https://www.reuters.com/world/tram.",
      // APA 7 §9.8: surnames and initials, an ampersand before the last.
      apa: "Doe, J., & Roe, J. (2025, March 14). Tram Line Opens in Zürich. Reuters. https://www.reuters.com/world/tram",
      // MLA 9 §5.6: the first author inverted, "and" before the second.
      mla: "Doe, Jane, and John Roe. “Tram Line Opens in Zürich.” Reuters, 14 Mar. 2025, https://www.reuters.com/world/tram.",
    });
  });

  it("should give markup in a headline back as text, never as HTML", () => {
    const item = citationItem({ slug: "x", title: 'A <img src=x onerror="alert(1)"> Headline', date: "2025-03-14", author: null, source: { name: null, domain: null, url: null } });
    const { chicago, apa, mla } = formatCitations(item);
    for (const text of [chicago, apa, mla]) expect(text).not.toMatch(/<\/?(?:div|i|b|span)\b/);
  });
});
