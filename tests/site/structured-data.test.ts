import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { siteConfig, type SiteConfig } from "../../src/site.config.ts";
import { absoluteUrl, articleJsonLd, jsonFeed, prefixPath } from "../../src/site/structured-data.ts";
import { archiveOf } from "./fixtures.ts";

type Element = DefaultTreeAdapterMap["element"];
type TextNode = DefaultTreeAdapterMap["textNode"];

const site: SiteConfig = { ...siteConfig, baseUrl: "https://example.org", pathPrefix: "/" };
const prefixed: SiteConfig = { ...site, pathPrefix: "/news/" };

const [full] = archiveOf(["2025-03-14"], () => ({
  slug: "tram-opens",
  title: "Tram Line Opens",
  author: "Jane Roe",
  summary: "The new line runs every ten minutes.",
  source: { name: "Reuters", domain: "reuters.com", url: "https://www.reuters.com/tram" },
  image: { caption: "A tram at dawn.", credit: "AP", url: null, alt: null },
  tags: ["transport", "city"],
  wordCount: 420,
}));

/** The text of the first `<script>` in an HTML page, as a browser's parser reads it. */
function scriptText(html: string): string {
  const find = (node: { childNodes?: DefaultTreeAdapterMap["childNode"][] }): Element | undefined => {
    for (const child of node.childNodes ?? []) {
      if ("tagName" in child && child.tagName === "script") return child;
      const found = "childNodes" in child ? find(child) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  const script = find(parse(html));
  return (script?.childNodes ?? []).map((node) => (node as TextNode).value).join("");
}

describe("articleJsonLd", () => {
  it("should describe the article as a schema.org NewsArticle based on the original", () => {
    expect(JSON.parse(articleJsonLd(full!, site))).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Tram Line Opens",
      datePublished: "2025-03-14",
      url: "https://example.org/2025/03/14/tram-opens/",
      mainEntityOfPage: "https://example.org/2025/03/14/tram-opens/",
      wordCount: 420,
      inLanguage: "en",
      description: "The new line runs every ten minutes.",
      author: { "@type": "Person", name: "Jane Roe" },
      publisher: { "@type": "NewsMediaOrganization", name: "Reuters", url: "https://reuters.com/" },
      isBasedOn: "https://www.reuters.com/tram",
      image: { "@type": "ImageObject", caption: "A tram at dawn.", creditText: "AP" },
      keywords: ["transport", "city"],
    });
  });

  it("should leave out what an article does not have", () => {
    const [bare] = archiveOf(["2025-03-14"], () => ({ summary: "", source: { name: null, domain: null, url: null } }));
    const data = JSON.parse(articleJsonLd(bare!, site));
    for (const key of ["description", "author", "publisher", "isBasedOn", "image", "keywords"]) expect(data).not.toHaveProperty(key);
  });

  it("should give an article with versions the newest capture's time as dateModified and their number as version", () => {
    const source = { name: null, domain: null, url: "https://x.example/story" };
    const [series] = archiveOf(["2025-03-14", "2025-03-15"], (index) => ({ source, captured: ["2025-03-14T08:00:00Z", "2025-03-15T09:30:00+01:00"][index] }));
    expect(JSON.parse(articleJsonLd(series!, site))).toMatchObject({ datePublished: "2025-03-14", dateModified: "2025-03-15T09:30:00+01:00", version: 2 });
    expect(JSON.parse(articleJsonLd(full!, site))).not.toHaveProperty("dateModified");
  });

  it("should put the path prefix in the article's URLs", () => {
    const data = JSON.parse(articleJsonLd(full!, prefixed));
    expect(data.url).toBe("https://example.org/news/2025/03/14/tram-opens/");
    expect(data.mainEntityOfPage).toBe("https://example.org/news/2025/03/14/tram-opens/");
  });

  it("should not let seed text close the script element it is written in", () => {
    const hostile = "Breaking</script><script>alert(1)</script><!--<script>";
    const [article] = archiveOf(["2025-03-14"], () => ({ title: hostile, summary: "</SCRIPT >", image: { caption: "<!-- x", credit: "</script", url: null, alt: null } }));
    const json = articleJsonLd(article!, site);
    expect(json).not.toMatch(/<\/script|<!--/i);
    const html = `<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body><p>after</p></body></html>`;
    const data = JSON.parse(scriptText(html)); // what the browser's parser gives the script is the whole JSON
    expect(data.headline).toBe(hostile);
    expect(data.description).toBe("</SCRIPT >");
    expect(data.image).toEqual({ "@type": "ImageObject", caption: "<!-- x", creditText: "</script" });
  });

  it("should escape the line and paragraph separators U+2028 and U+2029, keeping the text", () => {
    const title = "Line\u2028separator and paragraph\u2029separator";
    const [article] = archiveOf(["2025-03-14"], () => ({ title }));
    const json = articleJsonLd(article!, site);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json).headline).toBe(title);
  });
});

describe("absoluteUrl", () => {
  it("should join the base URL and the path when the site is at the root", () => {
    expect(absoluteUrl("/2025/03/14/a/", site)).toBe("https://example.org/2025/03/14/a/");
    expect(absoluteUrl("/", site)).toBe("https://example.org/");
  });

  it("should put the path prefix between the base URL and the path", () => {
    expect(absoluteUrl("/2025/03/14/a/", prefixed)).toBe("https://example.org/news/2025/03/14/a/");
    expect(absoluteUrl("/", prefixed)).toBe("https://example.org/news/");
  });

  it("should write one slash between the parts whatever slashes the settings end with", () => {
    expect(absoluteUrl("/feed.json", { baseUrl: "https://example.org/", pathPrefix: "/news" })).toBe("https://example.org/news/feed.json");
    expect(absoluteUrl("/feed.json", { baseUrl: "https://example.org//", pathPrefix: "/news//" })).toBe("https://example.org/news/feed.json");
    expect(absoluteUrl("/feed.json", { baseUrl: "https://example.org/", pathPrefix: "/" })).toBe("https://example.org/feed.json");
  });
});

describe("prefixPath", () => {
  it("should leave site paths as they are when the site is at the root", () => {
    expect(prefixPath("/")("/2025/03/14/a/")).toBe("/2025/03/14/a/");
  });

  it("should put the prefix before a site path, with or without its final slash", () => {
    expect(prefixPath("/news/")("/2025/03/14/a/")).toBe("/news/2025/03/14/a/");
    expect(prefixPath("/news")("/")).toBe("/news/");
  });

  it("should pass URLs that are not site paths", () => {
    const add = prefixPath("/news/");
    for (const url of ["https://www.reuters.com/x", "//cdn.example/x.js", "#top", "page-2/", "mailto:desk@example.org"]) expect(add(url)).toBe(url);
  });
});

describe("jsonFeed", () => {
  const articles = archiveOf(["2025-03-14", "2025-03-13"], (index) => (index === 0 ? { author: "Jane Roe", tags: ["transport"] } : { source: { name: null, domain: null, url: null } }));

  /** The feed as a reader parses it, with its items. */
  function feedOf(config: SiteConfig) {
    return JSON.parse(jsonFeed(articles, config)) as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
  }

  it("should have the top-level fields JSON Feed 1.1 requires and recommends", () => {
    const feed = feedOf(site);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe(site.title);
    expect(feed.home_page_url).toBe("https://example.org/");
    expect(feed.feed_url).toBe("https://example.org/feed.json");
    expect(feed.items).toHaveLength(2);
  });

  it("should give each item a unique absolute id, an absolute URL and its content as HTML", () => {
    const feed = feedOf(site);
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(2);
    for (const [index, item] of feed.items.entries()) {
      expect(String(item.id)).toMatch(/^https:\/\/example\.org\/2025\//);
      expect(item.url).toBe(`https://example.org${articles[index]!.path}`);
      expect(item.content_html).toBe(articles[index]!.bodyHtml);
      expect(item.title).toBe(articles[index]!.title);
    }
  });

  it("should date each item in RFC 3339", () => {
    for (const [index, item] of feedOf(site).items.entries()) {
      expect(String(item.date_published)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(new Date(String(item.date_published)).toISOString().slice(0, 10)).toBe(articles[index]!.date);
    }
  });

  it("should name an item's author and original only where it has them", () => {
    const [first, second] = feedOf(site).items;
    expect(first!.authors).toEqual([{ name: "Jane Roe" }]);
    expect(first!.external_url).toBe(articles[0]!.source.url);
    expect(second).not.toHaveProperty("external_url");
    expect(second).not.toHaveProperty("authors");
  });

  it("should put the path prefix in the feed's and the items' URLs", () => {
    const feed = feedOf(prefixed);
    expect(feed.home_page_url).toBe("https://example.org/news/");
    expect(feed.feed_url).toBe("https://example.org/news/feed.json");
    for (const item of feed.items) {
      expect(String(item.url)).toMatch(/^https:\/\/example\.org\/news\/2025\/03\/1[34]\/story-\d\/$/);
      expect(String(item.id)).toMatch(/^https:\/\/example\.org\/news\//);
    }
  });
});
