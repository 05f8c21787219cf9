import { describe, expect, it } from "vitest";
import { articleTokens, pageKey } from "../../src/incremental/page-keys.ts";
import { ARCHIVE_URL_TOKEN } from "../../src/parse/citation-item.ts";
import { archivedItem, citationMeta, citeView, planArticleCites } from "../../src/site/cite-pages.ts";
import { planSite } from "../../src/site/plan-site.ts";
import { provenanceOf, waybackUrl } from "../../src/site/provenance.ts";
import { siteConfig, type SiteConfig } from "../../src/site.config.ts";
import { archiveOf } from "./fixtures.ts";

const site: SiteConfig = { ...siteConfig, baseUrl: "https://example.org", pathPrefix: "/news/" };

describe("citeView", () => {
  it("should put the archive copy's address in place of the parse's token, and link the three downloads", () => {
    const [article] = archiveOf(["2025-03-14"], () => ({
      slug: "tram",
      source: { name: null, domain: null, url: null },
      citations: { chicago: `“Tram.” March 14, 2025. ${ARCHIVE_URL_TOKEN}.`, apa: `Tram. (2025, March 14). ${ARCHIVE_URL_TOKEN}`, mla: `“Tram.” 14 Mar. 2025, ${ARCHIVE_URL_TOKEN}.` },
    }));
    const view = citeView(article!, site);
    expect(view.styles.map((style) => style.text)).toEqual([
      "“Tram.” March 14, 2025. https://example.org/news/2025/03/14/tram/.",
      "Tram. (2025, March 14). https://example.org/news/2025/03/14/tram/",
      "“Tram.” 14 Mar. 2025, https://example.org/news/2025/03/14/tram/.",
    ]);
    expect(view.files.map((file) => file.path)).toEqual(["/2025/03/14/tram/cite.bib", "/2025/03/14/tram/cite.ris", "/2025/03/14/tram/cite.json"]);
  });

  it("should give Highwire Press tags with one citation_author a name of the byline", () => {
    const [article] = archiveOf(["2025-03-14"], () => ({ slug: "tram", title: "Tram", author: "Jane Doe, John Roe and Reuters" }));
    expect(citationMeta(article!, site)).toEqual([
      { name: "citation_title", content: "Tram" },
      { name: "citation_author", content: "Jane Doe" },
      { name: "citation_author", content: "John Roe" },
      { name: "citation_author", content: "Reuters" },
      { name: "citation_publication_date", content: "2025/03/14" },
      { name: "citation_date", content: "2025/03/14" },
      { name: "citation_journal_title", content: "Reuters" },
      { name: "citation_public_url", content: "https://example.org/news/2025/03/14/tram/" },
    ]);
  });
});

describe("planArticleCites", () => {
  it("should plan the three downloads of each article, from the article, and keep them out of the sitemap", () => {
    const articles = archiveOf(["2025-03-14"], () => ({ slug: "tram", captured: "2025-03-15T08:00:00Z" }));
    const pages = articles.flatMap(planArticleCites);
    expect(pages.map((page) => [page.path, page.format])).toEqual([
      ["/2025/03/14/tram/cite.bib", "bib"],
      ["/2025/03/14/tram/cite.ris", "ris"],
      ["/2025/03/14/tram/cite.json", "json"],
    ]);
    expect(pages.every((page) => page.article === articles[0])).toBe(true);
    const all = planSite(articles, site);
    expect(all.filter((page) => page.kind === "cite")).toHaveLength(3);
    const sitemap = all.find((page) => page.kind === "sitemap")!;
    expect(sitemap.kind === "sitemap" && sitemap.paths.some((path) => path.includes("cite."))).toBe(false);
  });
});

describe("archivedItem", () => {
  it("should give the original's address and the archive copy's, and the capture as the access date", () => {
    const [article] = archiveOf(["2025-03-14"], () => ({ slug: "tram", captured: "2025-03-15T08:00:00Z" }));
    expect(archivedItem(article!, site)).toMatchObject({
      URL: "https://www.reuters.com/0",
      archive_location: "https://example.org/news/2025/03/14/tram/",
      accessed: { "date-parts": [[2025, 3, 15]] },
    });
  });

  it("should give the article's date as the access date where the capture time is not known", () => {
    const [article] = archiveOf(["2025-03-14"]);
    expect(archivedItem(article!, site).accessed).toEqual({ "date-parts": [[2025, 3, 14]] });
  });
});

describe("provenanceOf", () => {
  it("should name the original, the seed and its digest, the capture and the parser version the build passed", () => {
    const [article] = archiveOf(["2025-03-14"], () => ({ seedSha256: "ab".repeat(32), captured: "2025-03-15T08:00:00Z" }));
    expect(provenanceOf(article!, "f00d")).toEqual({
      original: "https://www.reuters.com/0",
      outlet: "Reuters",
      seedFile: "0000.txt",
      seedSha256: "ab".repeat(32),
      captured: "2025-03-15T08:00:00Z",
      parserVersion: "f00d",
      wayback: "https://web.archive.org/web/*/https://www.reuters.com/0",
    });
  });

  it("should say when the capture time and the original are not known", () => {
    const [article] = archiveOf(["2025-03-14"], () => ({ source: { name: null, domain: null, url: null } }));
    expect(provenanceOf(article!, null)).toMatchObject({ original: null, captured: null, parserVersion: null, wayback: null });
  });

  it("should change the article pages' data, and so their keys, with the parser version", () => {
    const articles = archiveOf(["2025-03-14"]);
    const key = (version: string) =>
      pageKey(
        planSite(articles, site, { parserVersion: version }).find((p) => p.kind === "article")!,
        "render",
        articleTokens(articles),
      );
    expect(key("one")).not.toBe(key("two"));
    expect(key("one")).toBe(key("one"));
  });
});

describe("waybackUrl", () => {
  it("should append the original as a URL parser writes it, percent-encoded, without its fragment", () => {
    expect(waybackUrl("https://example.com/a b/?q=1&r=é#part")).toBe("https://web.archive.org/web/*/https://example.com/a%20b/?q=1&r=%C3%A9");
  });
});
