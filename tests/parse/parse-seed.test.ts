import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSeed, type ParsedSeed } from "../../src/parse/parse-seed.ts";
import { siteConfig } from "../../src/site.config.ts";

const REAL_SEED = readFileSync(new URL("../fixtures/real-seed.txt", import.meta.url), "utf8");
const outlets = siteConfig.outlets;

function parsed(text: string, file = "seed.txt"): ParsedSeed {
  const result = parseSeed(text, file, { outlets });
  if (!result.ok) throw new Error(`expected an article, got: ${JSON.stringify(result.diagnostics)}`);
  return result.article;
}

function errors(text: string, file = "seed.txt") {
  const result = parseSeed(text, file, { outlets });
  expect(result.ok).toBe(false);
  return result.diagnostics.filter((d) => d.severity === "error");
}

describe("parseSeed on the real seed", () => {
  const article = parsed(REAL_SEED, "000_15baf2397582328a.txt");

  it("should read the header", () => {
    expect(article.title).toBe("Russia Demands Release of Maduro After U.S. Military Strikes Venezuela");
    expect(article.slug).toBe("russia-demands-release-of-maduro-after-us-military-strikes-venezuela");
    expect(article.date).toBe("2026-01-03");
    expect(article.author).toBeNull();
    expect(article.seedFile).toBe("000_15baf2397582328a.txt");
  });

  it("should read the source from the Original url block", () => {
    expect(article.source).toEqual({
      name: "The Moscow Times",
      domain: "themoscowtimes.com",
      url: "https://www.themoscowtimes.com/2026/01/03/russia-demands-release-of-maduro-after-us-military-strikes-venezuela-a91602",
    });
  });

  it("should read the photo caption and its bold credit", () => {
    expect(article.image).toEqual({
      caption: "A fire at Fuerte Tiuna, Venezuela's largest military complex, is seen from a distance after a series of explosions in Caracas on Jan. 3, 2026.",
      credit: "STR / AFP",
      url: null,
      alt: null,
    });
  });

  it("should take the summary from the first body paragraph", () => {
    expect(article.summary).toMatch(/^Russia's Foreign Ministry on Saturday called for the release of Venezuelan leader Nicolás Maduro/);
    expect(article.summary).toMatch(/capital city of Caracas\.$/);
  });

  it("should take both related articles out of the body", () => {
    expect(article.related).toEqual([
      { title: "Moscow Risks Losing a Key Ally in Latin America as Trump Ramps Up Pressure on Venezuela’s Maduro", href: null },
      { title: "Russia’s Economy in 2026: More War, Slower Growth and Higher Taxes", href: null },
    ]);
    expect(article.bodyHtml).not.toContain("Related article");
    expect(article.bodyHtml).not.toContain("Original url");
  });

  it("should keep every body paragraph, with placeholder links as plain text", () => {
    const paragraphs = REAL_SEED.split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter((block) => /^[A-Z“"]/.test(block) && block.length > 80 && !block.endsWith("**"));
    expect(paragraphs.length).toBeGreaterThan(15);
    const bodyText = article.bodyHtml
      .replace(/<[^>]+>/g, "")
      .replaceAll("&#x26;", "&")
      .replaceAll("&quot;", '"');
    for (const paragraph of paragraphs) expect(bodyText).toContain(paragraph.replace(/\[([^\]]*)\]\(#\)/g, "$1"));
    expect(article.bodyHtml).not.toContain("<a ");
    expect(article.wordCount).toBeGreaterThan(500);
  });
});

const HEADER = "# A Tram Line Opens\n\n";

describe("parseSeed on the seed variations of README, Seed format", () => {
  it.each([
    ["January 03, 2026", "2026-01-03"],
    ["January 3, 2026", "2026-01-03"],
    ["Jan. 3, 2026", "2026-01-03"],
    ["Nov. 3, 2025", "2025-11-03"],
    ["3 January 2026", "2026-01-03"],
    ["2026-01-03", "2026-01-03"],
    ["December 19, 2025 14:30", "2025-12-19"],
  ])("should read the date line %j", (line, date) => {
    expect(parsed(`${HEADER}${line}\n\nBody.\n`).date).toBe(date);
  });

  it("should take the date from the source URL when there is no date line", () => {
    const article = parsed(`${HEADER}Body.\n\nOriginal url:\n\n<https://www.reuters.com/world/2025/07/14/tram-a1>\n`);
    expect(article.date).toBe("2025-07-14");
    expect(article.source).toEqual({ name: "Reuters", domain: "reuters.com", url: "https://www.reuters.com/world/2025/07/14/tram-a1" });
  });

  it("should read a byline and leave it out of the body", () => {
    const article = parsed(`${HEADER}May 2, 2024\n\nBy Jane Doe\n\nBody text.\n`);
    expect(article.author).toBe("Jane Doe");
    expect(article.bodyHtml).toBe("<p>Body text.</p>");
  });

  it("should let front matter override the text, and not repeat header lines", () => {
    const seed = [
      "---",
      "title: The Real Title",
      "date: 2024-02-29",
      "author: Ann Smith",
      "source_url: https://apnews.com/article/x",
      "source_name: Associated Press",
      "image_caption: A crowd.",
      "image_credit: AP Photo",
      "slug: custom-slug",
      "tags: [transport, cities]",
      "---",
      "# The Real Title",
      "",
      "May 2, 2024",
      "",
      "By Someone Else",
      "",
      "Body text.",
    ].join("\n");
    const article = parsed(seed);
    expect(article).toMatchObject({
      title: "The Real Title",
      date: "2024-02-29",
      author: "Ann Smith",
      slug: "custom-slug",
      tags: ["transport", "cities"],
      image: { caption: "A crowd.", credit: "AP Photo" },
      source: { name: "Associated Press", domain: "apnews.com", url: "https://apnews.com/article/x" },
    });
    expect(article.bodyHtml).toBe("<p>Body text.</p>");
  });

  it("should give the same article for CRLF line endings and a byte order mark, but for the digest of its bytes", () => {
    const crlf = `\uFEFF${REAL_SEED.replace(/\n/g, "\r\n")}`;
    const { seedSha256: crlfDigest, ...withCrlf } = parsed(crlf, "a.txt");
    const { seedSha256: lfDigest, ...withLf } = parsed(REAL_SEED, "a.txt");
    expect(withCrlf).toEqual(withLf);
    expect(crlfDigest).not.toBe(lfDigest);
  });

  it("should record a SHA-256 of the seed's text as its bytes", () => {
    expect(parsed(REAL_SEED, "a.txt").seedSha256).toBe("11445770fe366584fa0a840b88a34f7d2bda458909068ca9fe67461f943f2b5f"); // sha256sum tests/fixtures/real-seed.txt
  });

  it("should read any script, and transliterate the slug", () => {
    const article = parsed("# Путин встретился с журналистами\n\n5 марта 2025\n\nТекст статьи.\n\nOriginal url:\n\n<https://meduza.io/news/2025/03/05/putin>\n");
    expect(article.title).toBe("Путин встретился с журналистами");
    expect(article.slug).toBe("putin-vstretilsya-s-zhurnalistami");
    expect(article.date).toBe("2025-03-05");
    expect(article.bodyHtml).toContain("5 марта 2025");
  });

  it("should take related articles with the colon outside the bold run, anywhere in the body", () => {
    const article = parsed(`${HEADER}May 2, 2024\n\nFirst.\n\n**Related article**: [Other Story](#)\n\nSecond.\n\n**Related articles:** [One](#) [Two](https://example.com/two)\n`);
    expect(article.related).toEqual([
      { title: "Other Story", href: null },
      { title: "One", href: null },
      { title: "Two", href: "https://example.com/two" },
    ]);
    expect(article.bodyHtml).toBe("<p>First.</p>\n<p>Second.</p>");
  });

  it("should have no image, source or related articles when the seed has none", () => {
    const article = parsed(`${HEADER}May 2, 2024\n\nJust a body.\n`);
    expect(article.image).toBeNull();
    expect(article.source).toEqual({ name: null, domain: null, url: null });
    expect(article.related).toEqual([]);
    expect(article.summary).toBe("Just a body.");
  });

  it("should name an unknown outlet by its domain", () => {
    const article = parsed(`${HEADER}May 2, 2024\n\nBody.\n\nOriginal url: <https://www.example-news.org/a/b>\n`);
    expect(article.source).toEqual({ name: "example-news.org", domain: "example-news.org", url: "https://www.example-news.org/a/b" });
  });
});

describe("parseSeed keeps seed text as data", () => {
  it("should keep an HTML-looking title as text", () => {
    const article = parsed(`# "Black Box" & <Drones>\n\nMay 2, 2024\n\nBody.\n`);
    expect(article.title).toBe('"Black Box" & <Drones>');
  });

  it("should show raw HTML in the body as text", () => {
    const { bodyHtml } = parsed(`${HEADER}May 2, 2024\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> more.\n`);
    expect(bodyHtml).not.toMatch(/<script|<img/i);
    expect(bodyHtml).toContain("&#x3C;script>alert(1)&#x3C;/script>");
    expect(bodyHtml).toContain("&#x3C;img src=x onerror=alert(1)>");
  });

  it("should show placeholder, relative and javascript: links as their plain text", () => {
    const { bodyHtml } = parsed(`${HEADER}May 2, 2024\n\n[said](#), [empty](), [rel](/news/x), [bad](javascript:alert(1)), [ok](https://example.com/ok).\n`);
    expect(bodyHtml).toBe('<p>said, empty, rel, bad, <a href="https://example.com/ok">ok</a>.</p>');
  });

  it("should make `#` headings in the body `##`, keeping the title the only h1", () => {
    const { bodyHtml } = parsed(`${HEADER}May 2, 2024\n\nIntro.\n\n# Inner\n\n## Sub\n`);
    expect(bodyHtml).toBe("<p>Intro.</p>\n<h2>Inner</h2>\n<h2>Sub</h2>");
  });
});

describe("parseSeed on bad seeds", () => {
  it.each(["", "   \n\n \t\n", "\uFEFF"])("should call %j empty", (text) => {
    expect(errors(text)).toMatchObject([{ rule: "empty", line: 1, file: "seed.txt" }]);
  });

  it("should need a title", () => {
    expect(errors("\n\nMay 2, 2024\n\nBody.\n")).toMatchObject([{ rule: "missing-title", line: 3 }]);
  });

  it("should need a usable date", () => {
    expect(errors(`\n${HEADER}Body.\n`)).toMatchObject([{ rule: "missing-date", line: 2 }]);
  });

  it("should refuse an impossible date, naming its line", () => {
    const [error] = errors(`${HEADER}February 30, 2026\n\nBody.\n`);
    expect(error).toMatchObject({ rule: "invalid-date", line: 3 });
    expect(error!.message).toContain("February 30, 2026");
  });

  it("should report malformed YAML front matter with its line", () => {
    expect(errors("---\ntitle: ok\ndate: [unclosed\n---\n# T\n")).toMatchObject([{ rule: "front-matter-yaml" }]);
  });

  it("should report front matter of the wrong type with the key's line", () => {
    expect(errors("---\ndate: 2024-01-01\ntitle: [a, b]\n---\nBody.\n")).toMatchObject([{ rule: "front-matter-type", line: 3 }]);
    expect(errors("---\ntitle: T\ndate: yesterday\n---\nBody.\n")).toMatchObject([{ rule: "front-matter-date", line: 3 }]);
  });

  it("should refuse deep nesting before parsing it", () => {
    const started = performance.now();
    expect(errors(`${HEADER}May 2, 2024\n\n${">".repeat(5000)} deep\n`)).toMatchObject([{ rule: "too-deeply-nested", line: 5 }]);
    const list = Array.from({ length: 1000 }, (_, depth) => `${"  ".repeat(depth)}- level ${depth}`).join("\n");
    expect(errors(`${HEADER}May 2, 2024\n\n${list}\n`)).toMatchObject([{ rule: "too-deeply-nested" }]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("should report body lines as file lines after front matter", () => {
    expect(errors("---\nauthor: A\n---\n# T\n\nFebruary 30, 2026\n")).toMatchObject([{ rule: "invalid-date", line: 6 }]);
  });
});
