import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { formatHtmlErrors, validateHtml } from "../support/vnu.ts";
import { attr, byClass, byTag, descendants, type Element, parsePage, textOf } from "./html.ts";
import { fixtures, htmlFiles, readRecords, runCli, tempDir } from "./cli.ts";
import { brokenLinks } from "./site-links.ts";

// Seeds as scrapers really write them (tests/fixtures/variants/), built under a path prefix.
const PREFIX = "/news/";
const SEEDS = path.join(fixtures, "variants");

interface RecordJson {
  seedFile: string;
  url: string;
  title: string;
  slug: string;
  author: string | null;
  summary: string;
  source: { url: string | null };
  image: { caption: string; credit: string | null; url: string | null; alt: string | null } | null;
  related: Array<{ title: string; url: string | null; href: string | null }>;
}

describe("the corpus of real-world seed variants", () => {
  let out: string;
  let records: Map<string, RecordJson>;
  let stdout: string;
  const pageOf = async (seedFile: string) => {
    const record = records.get(seedFile)!;
    return parsePage(await readFile(path.join(out, record.url.slice(PREFIX.length), "index.html"), "utf8"));
  };
  const bodyOf = (page: Element[]) => descendants(byClass(page, "article__body")[0]!);
  const jsonLd = (page: Element[]) => JSON.parse(textOf(byTag(page, "script").find((s) => attr(s, "type") === "application/ld+json")!)) as { image?: Record<string, string> };

  beforeAll(async () => {
    out = path.join(await tempDir(), "site");
    const run = await runCli("build", ["--seeds", SEEDS, "--output", out, "--path-prefix", PREFIX, "--no-cache"]);
    expect(run.code).toBe(0);
    stdout = run.stdout;
    records = new Map((await readRecords<RecordJson>(out, PREFIX)).map((record) => [record.seedFile, record]));
  });

  it("should archive every variant, warning only about the related line that has neither a match nor an address", () => {
    expect(records.size).toBe(9);
    expect(stdout).toContain("9 articles, 0 errors, 1 warning: 1 unresolved-related");
    expect(stdout).toContain('"Residents Plan a Referendum"');
  });

  it("should keep an embedded post quoted as a block quote, with its dated link", async () => {
    const record = records.get("embedded-post.txt")!;
    expect(record).toMatchObject({ author: "Anna Berg", summary: expect.stringMatching(/^The mayor defended the plan/) });
    const quote = byTag(bodyOf(await pageOf("embedded-post.txt")), "blockquote")[0]!;
    expect(textOf(quote)).toContain("We listened to the residents");
    const link = byTag(descendants(quote), "a")[0]!;
    expect([attr(link, "href"), textOf(link)]).toEqual(["https://social.example/lenahart/status/1866500000000000000", "December 10, 2025"]);
  });

  it("should take a Markdown image before the body as the lead picture, and link to the remote picture without loading it", async () => {
    const record = records.get("second-photo.txt")!;
    expect(record.image).toEqual({
      caption: "Volunteers stack sandbags along the river bank in Oberdorf on Wednesday.",
      credit: "Piet Maas / City Post",
      url: "https://images.citypost.example/2025/12/sandbags.jpg",
      alt: "Sandbags along the river bank",
    });
    expect(record.summary).toMatch(/^Flood waters began to recede/);
    const page = await pageOf("second-photo.txt");
    expect(byTag(page, "img")).toEqual([]);
    const figure = byClass(page, "lead-photo")[0]!;
    expect(attr(byClass(descendants(figure), "lead-photo__link")[0]!, "href")).toBe("https://images.citypost.example/2025/12/sandbags.jpg");
    expect(textOf(figure)).toContain("Volunteers stack sandbags");
    expect(jsonLd(page).image).toMatchObject({ contentUrl: "https://images.citypost.example/2025/12/sandbags.jpg", caption: record.image!.caption, creditText: "Piet Maas / City Post" });
  });

  it("should leave a second photo and its caption in the body, where the seed has them", async () => {
    const body = bodyOf(await pageOf("second-photo.txt"));
    const photo = byTag(body, "a").find((a) => attr(a, "href") === "https://images.citypost.example/2025/12/flooded-street.jpg")!;
    expect(textOf(photo)).toBe("[Image: A flooded street in Unterdorf]");
    const paragraphs = byTag(body, "p").map(textOf);
    expect(paragraphs.indexOf("A flooded street in Unterdorf on Thursday morning. Eva Roth / City Post")).toBe(paragraphs.indexOf("[Image: A flooded street in Unterdorf]") + 1);
  });

  it("should keep an opinion piece's bio line and disclaimer in its body, and its first paragraph as the summary", async () => {
    const record = records.get("opinion.txt")!;
    expect(record).toMatchObject({ author: "Mark Olsen", summary: expect.stringMatching(/^Every winter the same debate returns/) });
    const emphasis = byTag(bodyOf(await pageOf("opinion.txt")), "em").map(textOf);
    expect(emphasis).toEqual([
      'Mark Olsen is a transport researcher at the University of Lindau and the author of "Streets for People."',
      "The views expressed in opinion pieces do not necessarily reflect the position of the City Post.",
    ]);
  });

  it("should keep a live blog's bold timestamps in order, each with its update", async () => {
    const record = records.get("live-updates.txt")!;
    expect(record.summary).toMatch(/^Follow our live coverage/);
    const body = bodyOf(await pageOf("live-updates.txt"));
    expect(byTag(body, "strong").map(textOf)).toEqual(["18:05", "16:40", "15:10", "14:00"]);
    expect(byTag(body, "a").map((a) => attr(a, "href"))).toEqual(["https://rail.example/disruptions"]);
  });

  it("should resolve related lines by address, then by title, link out to the others' addresses, and show the rest as text", async () => {
    expect(records.get("related-lines.txt")!.related).toEqual([
      {
        title: "Mayor Defends Night Tram Plan",
        url: "/news/2025/12/11/mayor-answers-critics-of-the-night-tram-plan/",
        href: "https://citypost.example/2025/12/11/mayor-answers-critics-night-tram-a10001/",
      },
      { title: "Trams Across Europe Go Nocturnal", url: null, href: "https://www.transit-weekly.example/2025/11/02/trams-europe-nocturnal" },
      { title: "Opinion: The Old Town Needs Fewer Cars, Not More Parking", url: "/news/2025/12/13/opinion-the-old-town-needs-fewer-cars-not-more-parking/", href: null },
      { title: "Residents Plan a Referendum", url: null, href: null },
    ]);
    const items = byTag(descendants(byClass(await pageOf("related-lines.txt"), "related")[0]!), "li");
    const links = items.map((item) => byTag(descendants(item), "a")[0]).map((a) => (a ? [attr(a, "href"), attr(a, "rel") ?? null] : null));
    expect(links).toEqual([
      ["/news/2025/12/11/mayor-answers-critics-of-the-night-tram-plan/", null],
      ["https://www.transit-weekly.example/2025/11/02/trams-europe-nocturnal", "external noopener noreferrer"],
      ["/news/2025/12/13/opinion-the-old-town-needs-fewer-cars-not-more-parking/", null],
      null,
    ]);
    expect(textOf(items[3]!)).toBe("Residents Plan a Referendum (not in this archive)");
  });

  it("should decode HTML entities in a title, and show it as text", async () => {
    const record = records.get("entities-title.txt")!;
    expect(record.title).toBe("Q&A: What the New Rent Rules Mean for Tenants — and Landlords");
    expect(record.slug).toBe("q-and-a-what-the-new-rent-rules-mean-for-tenants-and-landlords");
    const page = await pageOf("entities-title.txt");
    expect(byTag(page, "h1").map(textOf)).toEqual([record.title]);
    expect(await readFile(path.join(out, record.url.slice(PREFIX.length), "index.html"), "utf8")).not.toContain("&amp;amp;");
  });

  it("should read a setext title", async () => {
    expect(records.get("setext-title.txt")!.title).toBe("Museum Reopens After Two Years of Renovation");
    expect(byTag(await pageOf("setext-title.txt"), "h1").map(textOf)).toEqual(["Museum Reopens After Two Years of Renovation"]);
  });

  it("should read `Original url: https://…` on one line as the source, and link to it", async () => {
    const url = "https://www.citypost.example/2025/12/18/bakery-wins-bread-prize-a10008";
    expect(records.get("original-url-inline.txt")!.source.url).toBe(url);
    expect(attr(byClass(await pageOf("original-url-inline.txt"), "source-link")[0]!, "href")).toBe(url);
    expect(records.get("original-url-inline.txt")!.summary).not.toContain("Original url");
  });

  describe("a picture beside its seed", () => {
    const folder = "2025/12/19/first-snow-covers-the-old-town";

    it("should copy the picture into the article's folder as it is, and record that address", async () => {
      const record = records.get("local-picture/story.txt")!;
      expect(record.image).toEqual({
        caption: "The old town's roofs under the first snow of the winter, seen from the cathedral tower.",
        credit: "Piet Maas / City Post",
        url: `/news/${folder}/photo.jpg`,
        alt: "Snow on the roofs of the old town",
      });
      expect(await readFile(path.join(out, folder, "photo.jpg"))).toEqual(await readFile(path.join(SEEDS, "local-picture/photo.jpg")));
    });

    it("should show it as a figure with responsive sizes made from it, each file as wide as its srcset says", async () => {
      const figure = descendants(byClass(await pageOf("local-picture/story.txt"), "lead-photo")[0]!);
      const img = byTag(figure, "img")[0]!;
      expect([attr(img, "alt"), attr(img, "width"), attr(img, "height")]).toEqual(["Snow on the roofs of the old town", "1200", "800"]);
      const sources = byTag(figure, "source");
      expect(sources.map((source) => attr(source, "type"))).toEqual(["image/webp"]);
      const candidates = [attr(img, "srcset")!, attr(sources[0]!, "srcset")!].flatMap((srcset) => srcset.split(", ")).map((candidate) => candidate.split(" "));
      expect(candidates).toHaveLength(6);
      for (const [url, width] of candidates) {
        expect(url!.startsWith(`/news/${folder}/`)).toBe(true);
        const metadata = await sharp(path.join(out, url!.slice(PREFIX.length))).metadata();
        expect(`${metadata.width}w`, url).toBe(width);
        expect(metadata.format, url).toBe(url!.endsWith(".webp") ? "webp" : "jpeg");
      }
      expect(attr(img, "src")).toBe(`/news/${folder}/photo-1200.jpeg`);
      expect(textOf(byTag(figure, "figcaption")[0]!)).toBe("The old town's roofs under the first snow of the winter, seen from the cathedral tower. Piet Maas / City Post");
    });

    it("should give JSON-LD the picture's absolute address as contentUrl", async () => {
      expect(jsonLd(await pageOf("local-picture/story.txt")).image).toMatchObject({
        "@type": "ImageObject",
        contentUrl: `https://example.org/news/${folder}/photo.jpg`,
        description: "Snow on the roofs of the old town",
      });
    });

    it("should not report the picture as a file that is not a seed", () => {
      expect(stdout).not.toContain("not-a-seed");
    });
  });

  it("should resolve every internal link and picture of every page, and pass the Nu HTML Checker", async () => {
    const pages = await htmlFiles(out);
    expect(await brokenLinks(out, pages, PREFIX)).toEqual([]);
    const errors = await validateHtml(pages.filter((file) => file.includes(`${path.sep}2025${path.sep}`) || file.includes(`${path.sep}2026${path.sep}`)));
    expect(errors, formatHtmlErrors(errors, out)).toEqual([]);
    await expect(stat(path.join(out, "2025/12/19/first-snow-covers-the-old-town/photo-480.webp"))).resolves.toBeDefined();
  }, 120_000);
});
