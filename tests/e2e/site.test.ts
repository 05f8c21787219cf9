import { cp, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import { formatHtmlErrors, validateHtml } from "../support/vnu.ts";
import { copyFixture, fixtures, htmlFiles, projectRoot, readRecords, runCli, tempDir } from "./cli.ts";
import { brokenLinks } from "./site-links.ts";

/** The fixture archive, an article captured three times, and enough generated articles to fill several pages of every list. */
async function browsingArchive(): Promise<string> {
  const seeds = await copyFixture("archive");
  await cp(path.join(fixtures, "versions"), path.join(seeds, "versions"), { recursive: true });
  for (const { file, text } of generateSeeds(70, { seed: 7 })) await writeFile(path.join(seeds, file), text);
  return seeds;
}

describe.each([
  { prefix: "/", label: "at the root" },
  { prefix: "/news/", label: "under --path-prefix /news/" },
])("the built site $label", ({ prefix }) => {
  let out: string;
  let pages: string[];
  let records: Array<{ url: string; title: string; date: string; seedFile: string; seedSha256: string }>;
  beforeAll(async () => {
    const seeds = await browsingArchive();
    out = path.join(await tempDir(), "site");
    const run = await runCli("build", ["--seeds", seeds, "--output", out, "--path-prefix", prefix, "--no-cache"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    pages = await htmlFiles(out);
    records = await readRecords<(typeof records)[number]>(out, prefix);
  });

  it("should name each year's records' file in articles.json, under the prefix, with its count", async () => {
    const index = JSON.parse(await readFile(path.join(out, "articles.json"), "utf8")) as { articles: number; years: Array<{ year: string; articles: number; url: string }> };
    const years = [...new Set(records.map((record) => record.date.slice(0, 4)))];
    expect(index.years.map(({ year }) => year)).toEqual(years);
    for (const { year, articles, url } of index.years) {
      expect(url).toBe(`${prefix}${year}/articles.json`);
      expect(articles).toBe(records.filter((record) => record.date.startsWith(year)).length);
    }
    expect(index.articles).toBe(records.length);
  });

  it("should resolve every internal link and asset of every page to a built file", async () => {
    expect(pages.length).toBeGreaterThan(150);
    expect(await brokenLinks(out, pages, prefix)).toEqual([]);
  });

  it("should make every prefix of an article URL a page", async () => {
    for (const { url } of records) {
      const parts = url.slice(prefix.length).split("/").filter(Boolean); // YYYY, MM, DD, slug
      for (let depth = 1; depth <= parts.length; depth++) {
        await expect(readFile(path.join(out, ...parts.slice(0, depth), "index.html"))).resolves.toBeDefined();
      }
    }
  });

  it("should write an Atom feed with the latest 50 articles, their content and original URL", async () => {
    const xml = await readFile(path.join(out, "feed.xml"), "utf8");
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml).feed;
    expect(feed.entry).toHaveLength(50);
    const first = feed.entry[0];
    expect(first.title).toBe(records[0]!.title);
    expect(first.id).toBe(`https://example.org${records[0]!.url}`);
    const via = [first.link].flat().find((link: { rel: string }) => link.rel === "via");
    expect(via.href).toMatch(/^https:\/\//);
    expect(first.content["#text"]).toContain("<p>");
    expect(first.published).toBe(`${records[0]!.date}T00:00:00Z`);
  });

  it("should name an author for every Atom entry, the feed's own where the article has none (RFC 4287 4.1.1)", async () => {
    const xml = await readFile(path.join(out, "feed.xml"), "utf8");
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml).feed;
    expect(feed.entry.filter((entry: { author?: unknown }) => !entry.author).length).toBeGreaterThan(0); // the fixture has articles with no author or outlet
    expect(feed.author).toEqual({ name: "Broadsheet" });
  });

  it("should write every Atom date as an RFC 3339 timestamp", async () => {
    const xml = await readFile(path.join(out, "feed.xml"), "utf8");
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml).feed;
    const dates: string[] = [feed.updated, ...feed.entry.flatMap((entry: { published: string; updated: string }) => [entry.published, entry.updated])];
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
    expect(feed.updated).toBe(`${records[0]!.date}T00:00:00Z`);
  });

  it("should link only to absolute URLs from the feeds' content, though seeds hold relative links", async () => {
    // The parser keeps only absolute http(s) and mailto links (src/parse/safe-body.ts): a relative
    // one in a feed would resolve against the feed's address, outside the path prefix.
    const xml = await readFile(path.join(out, "feed.xml"), "utf8");
    const atom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml).feed;
    const json = JSON.parse(await readFile(path.join(out, "feed.json"), "utf8"));
    const contents: string[] = [...atom.entry.map((entry: { content: { "#text": string } }) => entry.content["#text"]), ...json.items.map((item: { content_html: string }) => item.content_html)];
    const targets = contents.flatMap((html) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((url) => !/^(?:https?:\/\/|mailto:)/.test(url))).toEqual([]);
    const seeds = await readFile(path.join(projectRoot, "tests/fixtures/archive/000_15baf2397582328a.txt"), "utf8");
    expect(seeds).toContain("](#)"); // the newest article, in both feeds, links to `#`
  });

  it("should find every article exactly once walking the RFC 5005 feed history from the main feed", async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "entry" || name === "link" });
    type Feed = { entry?: Array<{ id: string }>; link: Array<{ rel: string; href: string }>; "fh:archive"?: unknown };
    const feedAt = async (url: string): Promise<Feed> => parser.parse(await readFile(path.join(out, new URL(url).pathname.slice(prefix.length)), "utf8")).feed;
    const linkOf = (feed: Feed, rel: string) => feed.link.find((link) => link.rel === rel)?.href;
    const main = await feedAt(`https://example.org${prefix}feed.xml`);
    const seen: string[] = [];
    const visited: string[] = [];
    for (let next = linkOf(main, "prev-archive"); next;) {
      expect(visited).not.toContain(next);
      visited.push(next);
      const archive = await feedAt(next);
      expect(archive).toHaveProperty("fh:archive");
      expect(linkOf(archive, "current")).toBe(`https://example.org${prefix}feed.xml`);
      seen.push(...(archive.entry ?? []).map((entry) => entry.id));
      const previous = linkOf(archive, "prev-archive");
      if (previous) expect(linkOf(await feedAt(previous), "next-archive")).toBe(next);
      next = previous;
    }
    expect(visited[0]).toMatch(/\/feed\/archive\/\d{4}-\d{2}\.xml$/);
    expect(seen.sort()).toEqual(records.map(({ url }) => `https://example.org${url}`).sort());
    for (const entry of main.entry ?? []) expect(seen).toContain(entry.id);
  });

  it("should write a JSON Feed 1.1 with the latest 50 articles", async () => {
    const feed = JSON.parse(await readFile(path.join(out, "feed.json"), "utf8"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0]).toMatchObject({ title: records[0]!.title, url: `https://example.org${records[0]!.url}`, external_url: expect.stringMatching(/^https:\/\//) });
    expect(feed.items[0].content_html).toContain("<p>");
    expect(feed.feed_url).toBe(`https://example.org${prefix}feed.json`);
  });

  it("should list every page in sitemap.xml, and point robots.txt at it", async () => {
    const sitemap = new XMLParser().parse(await readFile(path.join(out, "sitemap.xml"), "utf8"));
    const locs: string[] = sitemap.urlset.url.map((u: { loc: string }) => u.loc);
    for (const { url } of records) expect(locs).toContain(`https://example.org${url}`);
    // Every page but the not-found page and older versions, whose canonical page is their article's.
    const listed = new Set(locs.map((loc) => `${new URL(loc).pathname.slice(prefix.length)}index.html`));
    const olderVersions = pages.map((page) => path.relative(out, page)).filter((page) => /\/v\/\d+\/index\.html$/.test(page) && !listed.has(page));
    expect(olderVersions).toEqual(["2025/06/02/storm-closes-the-harbour/v/1/index.html", "2025/06/02/storm-closes-the-harbour/v/2/index.html"]);
    expect(locs).toHaveLength(pages.filter((page) => !page.endsWith("404.html")).length - olderVersions.length);
    expect(await readFile(path.join(out, "robots.txt"), "utf8")).toContain(`Sitemap: https://example.org${prefix}sitemap.xml`);
  });

  it("should give every article page a canonical link, JSON-LD NewsArticle and feed links", async () => {
    const html = await readFile(path.join(out, records[0]!.url.slice(prefix.length), "index.html"), "utf8");
    expect(html).toContain(`<link rel="canonical" href="https://example.org${records[0]!.url}">`);
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: records[0]!.title, datePublished: records[0]!.date });
    expect(html).toContain(`href="${prefix}feed.xml"`);
  });

  it("should give every article page its record's provenance, its references and their downloads, kept out of the sitemap", async () => {
    const sitemap = await readFile(path.join(out, "sitemap.xml"), "utf8");
    expect(sitemap).not.toContain("cite.");
    for (const record of records) {
      const folder = path.join(out, record.url.slice(prefix.length));
      const html = await readFile(path.join(folder, "index.html"), "utf8");
      expect(html).toContain('<h2 id="provenance-heading">About this record</h2>');
      expect(html).toContain(`<code class="provenance__hash">${record.seedSha256}</code>`);
      expect(html).toContain('<h2 id="cite-heading">Cite this article</h2>');
      expect(html).toContain(`<meta name="citation_public_url" content="https://example.org${record.url}">`);
      expect(html).toContain(`href="${record.url}cite.bib"`);
      const [item] = JSON.parse(await readFile(path.join(folder, "cite.json"), "utf8")) as Array<{ archive_location: string }>;
      expect(item!.archive_location).toBe(`https://example.org${record.url}`);
      expect(await readFile(path.join(folder, "cite.bib"), "utf8")).toContain(`https://example.org${record.url}`);
      expect(await readFile(path.join(folder, "cite.ris"), "utf8")).toContain(`https://example.org${record.url}`);
    }
    const shared = records.find((record) => record.title.startsWith("Russia Demands Release of Maduro"))!;
    expect(shared.seedSha256).toBe("11445770fe366584fa0a840b88a34f7d2bda458909068ca9fe67461f943f2b5f"); // sha256sum tests/fixtures/real-seed.txt
  });

  it("should link an article's tags to their pages, which list it, and list every tag on /tags/", async () => {
    const tram = records.find((record) => record.title === "New Tram Line Opens in the Old Town")!;
    const html = await readFile(path.join(out, tram.url.slice(prefix.length), "index.html"), "utf8");
    expect(html).toContain(`<a href="${prefix}tags/transport/" rel="tag">transport</a>`);
    expect(html).toContain(`<a href="${prefix}tags/cities/" rel="tag">cities</a>`);
    expect(await readFile(path.join(out, "tags/transport/index.html"), "utf8")).toContain(`href="${tram.url}"`);
    const index = await readFile(path.join(out, "tags/index.html"), "utf8");
    expect(index).toContain(`<a href="${prefix}tags/transport/">transport</a>`);
    expect(index).toContain(`<a href="${prefix}tags/cities/">cities</a>`);
  });

  it("should list every article on its calendar day's On this day page, and every such day on the index", async () => {
    const index = await readFile(path.join(out, "on-this-day/index.html"), "utf8");
    for (const { url, date } of records) {
      const monthDay = date.slice(5);
      expect(await readFile(path.join(out, "on-this-day", monthDay, "index.html"), "utf8")).toContain(`href="${url}"`);
      expect(index).toContain(`href="${prefix}on-this-day/${monthDay}/"`);
    }
  });

  it("should link the home page's On this day to the index, for the script to point at today", async () => {
    const home = await readFile(path.join(out, "index.html"), "utf8");
    const link = home.match(/<a href="([^"]*)" data-on-this-day="([^"]*)" data-on-this-day-base="([^"]*)">On this day<\/a>/);
    expect(link?.[1]).toBe(`${prefix}on-this-day/`);
    expect(link![2]!.split(" ")).toEqual([...new Set(records.map(({ date }) => date.slice(5)))].sort());
    expect(home).toContain(`<script type="module" src="${prefix}on-this-day.js"></script>`);
  });

  it("should link each day with articles from its year page's calendar, and draw a strip a year on the archive page", async () => {
    const years = [...new Set(records.map(({ date }) => date.slice(0, 4)))];
    for (const year of years) {
      const html = await readFile(path.join(out, year, "index.html"), "utf8");
      const map = html.match(/<svg class="calendar__map"[\s\S]*?<\/svg>/)![0];
      const linked = [...map.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]!);
      const days = [...new Set(records.filter(({ date }) => date.startsWith(year)).map(({ date }) => `${prefix}${date.replaceAll("-", "/")}/`))].sort();
      expect(linked.sort()).toEqual(days);
    }
    const archive = await readFile(path.join(out, "archive/index.html"), "utf8");
    expect(archive.match(/<svg class="year-strip"/g)).toHaveLength(years.length);
  });

  it.runIf(prefix === "/")(
    "should pass the Nu HTML Checker on every page",
    async () => {
      const errors = await validateHtml(pages);
      expect(errors, formatHtmlErrors(errors, out)).toEqual([]);
    },
    120_000,
  );
});

describe("paged lists", () => {
  it("should keep older pages the same when an article is added", async () => {
    const seeds = await browsingArchive();
    const out = path.join(await tempDir(), "site");
    expect((await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache"])).code).toBe(0);
    const pageOne = await readFile(path.join(out, "page/1/index.html"), "utf8");
    await writeFile(path.join(seeds, "new.txt"), "# Brand New Article\n\nNovember 20, 2026\n\nText.\n");
    expect((await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache"])).code).toBe(0);
    expect(await readFile(path.join(out, "page/1/index.html"), "utf8")).toBe(pageOne);
    expect(await readFile(path.join(out, "index.html"), "utf8")).toContain("Brand New Article");
    expect((await readdir(path.join(out, "page"))).sort()).toEqual(["1", "2"]);
  });
});
