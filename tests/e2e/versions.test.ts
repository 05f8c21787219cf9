import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture, hashTree, readRecords, runCli, tempDir } from "./cli.ts";
import { attr, byClass, byTag, parsePage, textOf } from "./html.ts";

// tests/fixtures/versions: three captures of one article (the morning's, the noon one with a new
// headline and a quote added, the evening one with two corrections and a correction note), whose
// file names sort in another order than their capture times, and one other article.
const ARTICLE = "2025/06/02/storm-closes-the-harbour/";
const read = (out: string, file: string) => readFile(path.join(out, file), "utf8");
const text = (html: string, className: string) => byClass(parsePage(html), className).map(textOf);
const canonical = (html: string) =>
  attr(
    byTag(parsePage(html), "link").find((link) => attr(link, "rel") === "canonical")!,
    "href",
  );

describe("an article captured three times", () => {
  let out: string;
  let records: Array<{ url: string; title: string; seedFile: string; captured?: string; versions?: unknown }>;
  beforeAll(async () => {
    out = path.join(await tempDir(), "site");
    const run = await runCli("build", ["--seeds", await copyFixture("versions"), "--output", out, "--no-cache"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("2 articles, 0 errors, 0 warnings");
    records = await readRecords(out);
  });

  it("should make one record at the first capture's URL, showing the newest, with every version in order of capture", () => {
    expect(records.map((record) => record.url)).toEqual([`/${ARTICLE}`, "/2025/05/28/council-names-a-new-harbour-master/"]);
    expect(records[0]).toMatchObject({ title: "Storm Closes Harbour as Ferries Are Cancelled", seedFile: "capture-evening.txt", captured: "2025-06-02T18:05:00Z", wordCount: 94 });
    expect(records[0]!.versions).toEqual([
      { n: 1, url: `/${ARTICLE}v/1/`, captured: "2025-06-02T07:30", title: "Storm Closes the Harbour", wordCount: 57 },
      { n: 2, url: `/${ARTICLE}v/2/`, captured: "2025-06-02T12:10:00+02:00", title: "Storm Closes Harbour as Ferries Are Cancelled", wordCount: 77 },
      { n: 3, url: `/${ARTICLE}v/3/`, captured: "2025-06-02T18:05:00Z", title: "Storm Closes Harbour as Ferries Are Cancelled", wordCount: 94 },
    ]);
    expect(records[1]).not.toHaveProperty("versions");
  });

  it("should list the article once, and index it once for search", async () => {
    const home = await read(out, "index.html");
    expect(home.split(`href="/${ARTICLE}"`).length - 1).toBe(1);
    expect(home).not.toContain("/v/");
    const shards = JSON.parse(await read(out, "pagefind/shards.json"));
    expect(JSON.stringify(shards)).toMatch(/"articles":2\b/);
  });

  it("should show the newest version on the article page, with the versions, their dates and the latest diff", async () => {
    const html = await read(out, `${ARTICLE}index.html`);
    expect(text(html, "article__title")).toEqual(["Storm Closes Harbour as Ferries Are Cancelled"]);
    expect(text(html, "captures")[0]).toBe(
      "3 versions The archive holds 3 captures of this article's original; this page shows the latest. See what changed in the latest version · all versions " +
        "Version 1, captured June 2, 2025, 07:30 Version 2, captured June 2, 2025, 12:10 UTC+02:00 Version 3, captured June 2, 2025, 18:05 UTC (shown here)",
    );
    expect(html).toContain(`<a href="/${ARTICLE}v/3/">See what changed in the latest version</a>`);
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(jsonLd).toMatchObject({ datePublished: "2025-06-02", dateModified: "2025-06-02T18:05:00Z", version: 3 });
  });

  it("should mark older versions as such, pointing their canonical link and banner at the article", async () => {
    for (const n of [1, 2]) {
      const html = await read(out, `${ARTICLE}v/${n}/index.html`);
      expect(canonical(html)).toBe(`https://example.org/${ARTICLE}`);
      expect(html).toContain(`<strong>An older version.</strong> This is version ${n} of 3`);
      expect(html).toContain(`<a href="/${ARTICLE}">Read the latest version</a>`);
    }
    expect(canonical(await read(out, `${ARTICLE}v/3/index.html`))).toBe(`https://example.org/${ARTICLE}v/3/`);
  });

  it("should show the first version's text as captured, without marks", async () => {
    const html = await read(out, `${ARTICLE}v/1/index.html`);
    expect(text(html, "article__title")).toEqual(["Storm Closes the Harbour"]);
    expect(text(html, "diff__paragraph")[0]).toBe("The harbour was closed on Monday morning as a storm brought winds of up to 90 kilometres an hour to the coast.");
    expect(html).not.toMatch(/<(ins|del)>/);
  });

  it("should show the headline change and the added quote on version 2, with counts", async () => {
    const html = await read(out, `${ARTICLE}v/2/index.html`);
    expect(text(html, "diff-summary__counts")).toEqual(["20 words added, 0 removed; 1 paragraph changed (1 added, 0 removed, 0 edited); the headline changed."]);
    expect(text(html, "diff-headline")).toEqual(["Headline: Storm Closes [deleted: the]↓next change (2 of 3) Harbour [inserted: as Ferries Are Cancelled]↓next change (3 of 3)"]);
    expect(text(html, "diff__paragraph--added")).toEqual([
      '[inserted: "We will reopen as soon as the wind drops below 60 kilometres an hour," the harbour master, Jonas Berg, said.]↑back to the list of changes',
    ]);
  });

  it("should show version 3's corrections word by word, each change in the list leading to it", async () => {
    const html = await read(out, `${ARTICLE}v/3/index.html`);
    expect(text(html, "diff-summary__counts")).toEqual(["19 words added, 2 removed; 3 paragraphs changed (1 added, 0 removed, 2 edited)."]);
    const links = parsePage(html).filter((element) => element.tagName === "a" && (attr(element, "href") ?? "").startsWith("#change-"));
    expect(links.map((link) => [attr(link, "href"), textOf(link)])).toEqual([
      ["#change-1", "Paragraph 1: deleted: 90 inserted: 110"],
      ["#change-2", "Paragraph 3: deleted: Berg inserted: Berge"],
      ["#change-3", "Paragraph 5 (added): inserted: Correction: An earlier version of this article misstated the wind speed and …"],
      ["#change-2", "↓next change (2 of 3)"],
      ["#change-3", "↓next change (3 of 3)"],
    ]);
    expect(html).toContain(
      'up to <span class="change" id="change-1" tabindex="-1"><del><span class="visually-hidden">[deleted: </span>90<span class="visually-hidden">]</span></del><ins><span class="visually-hidden">[inserted: </span>110<span class="visually-hidden">]</span></ins></span>',
    );
  });

  it("should list every version with its date and counts on v/", async () => {
    const rows = byTag(parsePage(await read(out, `${ARTICLE}v/index.html`)), "tr")
      .slice(1)
      .map(textOf);
    expect(rows).toEqual([
      "Version 1 June 2, 2025, 07:30 Storm Closes the Harbour the first capture (57 words)",
      "Version 2 June 2, 2025, 12:10 UTC+02:00 Storm Closes Harbour as Ferries Are Cancelled 20 words added, 0 removed; 1 paragraph changed; headline changed",
      "Version 3 June 2, 2025, 18:05 UTC Storm Closes Harbour as Ferries Are Cancelled 19 words added, 2 removed; 3 paragraphs changed",
    ]);
  });

  it("should list the article, the list of versions and the latest version in the sitemap, not the older ones", async () => {
    const locs: string[] = new XMLParser().parse(await read(out, "sitemap.xml")).urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs.filter((loc) => loc.includes("storm"))).toEqual([`https://example.org/${ARTICLE}`, `https://example.org/${ARTICLE}v/3/`, `https://example.org/${ARTICLE}v/`]);
  });
});

describe("a new capture", () => {
  it("should add a version, update the others, escape its text, and build what a build from scratch builds", async () => {
    const seeds = await copyFixture("versions");
    const [cache, warm, cold] = [path.join(await tempDir(), "cache"), path.join(await tempDir(), "site"), path.join(await tempDir(), "site")];
    expect((await runCli("build", ["--seeds", seeds, "--output", warm, "--cache-dir", cache])).code).toBe(0);
    const before = await hashTree(warm);

    const evening = await readFile(path.join(seeds, "capture-evening.txt"), "utf8");
    const night = evening.replace("2025-06-02T18:05:00Z", "2025-06-02T23:40:00Z").replace("to the coast.", "to the <b>coast</b> & the bay.");
    await writeFile(path.join(seeds, "capture-night.txt"), night);
    const rebuild = await runCli("build", ["--seeds", seeds, "--output", warm, "--cache-dir", cache]);
    expect(rebuild.code).toBe(0);
    const after = await hashTree(warm);
    const changed = Object.keys(after).filter((file) => after[file] !== before[file] && file.includes("storm"));
    expect(changed.sort()).toEqual(["index.html", "v/1/index.html", "v/2/index.html", "v/3/index.html", "v/4/index.html", "v/index.html"].map((file) => `2025/06/02/storm-closes-the-harbour/${file}`));
    expect(canonical(await read(warm, `${ARTICLE}v/3/index.html`))).toBe(`https://example.org/${ARTICLE}`);
    // Seed text is text: the diff shows a tag in it as characters.
    const inserted = byTag(parsePage(await read(warm, `${ARTICLE}v/4/index.html`)), "ins").map(textOf);
    expect(inserted.join(" ")).toMatch(/<b>.*<\/b>.*& the bay/);
    expect(byTag(parsePage(await read(warm, `${ARTICLE}v/4/index.html`)), "b")).toEqual([]);

    expect((await runCli("build", ["--seeds", seeds, "--output", cold, "--no-cache"])).code).toBe(0);
    expect(await hashTree(warm)).toEqual(await hashTree(cold));
  });
});
