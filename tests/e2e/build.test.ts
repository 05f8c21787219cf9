import { readFile, writeFile, mkdir, cp } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { attr, byClass, byTag, descendants, parsePage, textOf } from "./html.ts";
import { copyFixture, fixtures, hashTree, readRecords, runCli, tempDir } from "./cli.ts";

const REAL = "2026/01/03/russia-demands-release-of-maduro-after-us-military-strikes-venezuela/index.html";

describe("npm run build on the fixture archive", () => {
  let out: string;
  let json: { articles: Array<Record<string, unknown>> };
  beforeAll(async () => {
    out = path.join(await tempDir(), "site");
    const run = await runCli("build", ["--seeds", path.join(fixtures, "archive"), "--output", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Built 4 articles");
    json = { articles: await readRecords(out) };
  });

  it("should write the real seed's record as README, The record has it", () => {
    const record = json.articles.find((a) => a.seedFile === "000_15baf2397582328a.txt")!;
    expect(record).toEqual({
      slug: "russia-demands-release-of-maduro-after-us-military-strikes-venezuela",
      url: "/2026/01/03/russia-demands-release-of-maduro-after-us-military-strikes-venezuela/",
      title: "Russia Demands Release of Maduro After U.S. Military Strikes Venezuela",
      date: "2026-01-03",
      author: null,
      source: {
        name: "The Moscow Times",
        domain: "themoscowtimes.com",
        url: "https://www.themoscowtimes.com/2026/01/03/russia-demands-release-of-maduro-after-us-military-strikes-venezuela-a91602",
      },
      image: {
        caption: "A fire at Fuerte Tiuna, Venezuela's largest military complex, is seen from a distance after a series of explosions in Caracas on Jan. 3, 2026.",
        credit: "STR / AFP",
        url: null,
        alt: null,
      },
      summary: expect.stringMatching(/^Russia's Foreign Ministry on Saturday called for the release of Venezuelan leader Nicolás Maduro .* Caracas\.$/),
      related: [
        { title: "Moscow Risks Losing a Key Ally in Latin America as Trump Ramps Up Pressure on Venezuela’s Maduro", url: null, href: null },
        { title: "Russia’s Economy in 2026: More War, Slower Growth and Higher Taxes", url: null, href: null },
      ],
      wordCount: expect.any(Number),
      seedFile: "000_15baf2397582328a.txt",
      seedSha256: "11445770fe366584fa0a840b88a34f7d2bda458909068ca9fe67461f943f2b5f", // sha256sum tests/fixtures/real-seed.txt
      tags: [],
      entities: {
        people: expect.arrayContaining(["Nicolás Maduro", "Donald Trump", "Sergei Lavrov"]),
        places: expect.arrayContaining(["Caracas", "Venezuela", "Moscow", "United States"]),
        organisations: expect.arrayContaining(["CNN", "Fox News"]),
      },
    });
  });

  it("should list every article newest first in its year's file, which articles.json names", async () => {
    expect(JSON.parse(await readFile(path.join(out, "articles.json"), "utf8"))).toEqual({
      articles: 4,
      years: [
        { year: "2026", articles: 1, url: "/2026/articles.json" },
        { year: "2025", articles: 3, url: "/2025/articles.json" },
      ],
    });
    const year = JSON.parse(await readFile(path.join(out, "2025/articles.json"), "utf8")) as { year: string; articles: Array<{ date: string }> };
    expect(year.year).toBe("2025");
    expect(year.articles.map((a) => a.date)).toEqual(["2025-03-14", "2025-03-05", "2025-01-05"]);
    expect(json.articles.map((a) => a.date)).toEqual(["2026-01-03", "2025-03-14", "2025-03-05", "2025-01-05"]);
    expect(json.articles.map((a) => a.seedFile)).toContain("путин встреча.txt");
  });

  it("should resolve related titles between archived articles", () => {
    const tram = json.articles.find((a) => a.seedFile === "tram-opens.md")!;
    expect(tram.related).toEqual([{ title: "City Council Approves the 2025 Budget", url: "/2025/01/05/city-council-approves-the-2025-budget/", href: null }]);
  });

  it("should render the real seed's page with every part of the article", async () => {
    const seed = await readFile(path.join(fixtures, "archive/000_15baf2397582328a.txt"), "utf8");
    const page = parsePage(await readFile(path.join(out, REAL), "utf8"));
    const h1s = byTag(page, "h1");
    expect(h1s.map(textOf)).toEqual(["Russia Demands Release of Maduro After U.S. Military Strikes Venezuela"]);
    const time = byTag(page, "time")[0]!;
    expect([attr(time, "datetime"), textOf(time)]).toEqual(["2026-01-03", "January 3, 2026"]);
    const figcaption = textOf(byTag(page, "figcaption")[0]!);
    expect(figcaption).toContain("A fire at Fuerte Tiuna, Venezuela's largest military complex");
    expect(textOf(byClass(page, "lead-photo__credit")[0]!)).toBe("STR / AFP");
    const original = byClass(page, "source-link")[0]!;
    expect(attr(original, "href")).toBe("https://www.themoscowtimes.com/2026/01/03/russia-demands-release-of-maduro-after-us-military-strikes-venezuela-a91602");
    expect(textOf(byClass(page, "article__outlet")[0]!)).toBe("The Moscow Times");

    const bodyText = textOf(byClass(page, "article__body")[0]!);
    const paragraphs = seed
      .split(/\n\s*\n/)
      .map((p) => p.trim().replace(/\[([^\]]*)\]\(#\)/g, "$1"))
      .filter((p) => p.length > 0 && !/^(#|\*\*|<|Original url:|January 03, 2026$)/.test(p) && !p.endsWith("**"));
    expect(paragraphs).toHaveLength(18);
    for (const paragraph of paragraphs) expect(bodyText).toContain(paragraph);

    const related = byClass(page, "related")[0]!;
    expect(byTag(descendants(related), "a")).toEqual([]);
    expect(byTag(descendants(related), "li").map((li) => textOf(li))).toEqual([
      "Moscow Risks Losing a Key Ally in Latin America as Trump Ramps Up Pressure on Venezuela’s Maduro (not in this archive)",
      "Russia’s Economy in 2026: More War, Slower Growth and Higher Taxes (not in this archive)",
    ]);
  });

  it("should render the home page as the chronological index", async () => {
    const page = parsePage(await readFile(path.join(out, "index.html"), "utf8"));
    const titles = byClass(page, "article-list__title").map(textOf);
    expect(titles).toEqual([
      "Russia Demands Release of Maduro After U.S. Military Strikes Venezuela",
      "New Tram Line Opens in the Old Town",
      "Путин встретился с журналистами",
      "City Council Approves the 2025 Budget",
    ]);
    const links = byClass(page, "article-list__title").map((heading) => attr(byTag(descendants(heading), "a")[0]!, "href"));
    expect(links[0]).toBe("/2026/01/03/russia-demands-release-of-maduro-after-us-military-strikes-venezuela/");
    expect(links[2]).toBe("/2025/03/05/putin-vstretilsya-s-zhurnalistami/");
  });

  it("should transliterate the Cyrillic article's URL", async () => {
    const page = await readFile(path.join(out, "2025/03/05/putin-vstretilsya-s-zhurnalistami/index.html"), "utf8");
    expect(page).toContain("Путин встретился с журналистами");
  });

  it("should show front matter fields and body structure of a Markdown seed", async () => {
    const page = parsePage(await readFile(path.join(out, "2025/03/14/new-tram-line-opens-in-the-old-town/index.html"), "utf8"));
    expect(textOf(byClass(page, "byline")[0]!)).toBe("By Ana Pérez");
    expect(textOf(byClass(page, "article__outlet")[0]!)).toBe("City Herald");
    expect(byTag(page, "blockquote")).toHaveLength(1);
    expect(byTag(page, "h2").map(textOf)).toContain("A long wait");
    expect(byTag(descendants(byClass(page, "tags")[0]!), "li").map(textOf)).toEqual(["transport", "cities"]);
  });
});

describe("npm run build with bad seeds", () => {
  it("should list every bad seed with file, line and reason, and leave the previous output untouched", async () => {
    const seeds = await copyFixture("archive");
    const out = path.join(await tempDir(), "site");
    expect((await runCli("build", ["--seeds", seeds, "--output", out])).code).toBe(0);
    const before = await hashTree(out);

    await writeFile(path.join(seeds, "empty.txt"), "");
    await writeFile(path.join(seeds, "no-title.txt"), "\nMarch 3, 2025\n\nA body without a title.\n");
    await writeFile(path.join(seeds, "bad-date.txt"), "# A Title\n\nFebruary 30, 2025\n\nBody.\n");
    const run = await runCli("build", ["--seeds", seeds, "--output", out]);

    expect(run.code).toBe(1);
    const errors = run.stderr.split("\n").filter((line) => line.includes(": error: "));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/bad-date\.txt:3:1: error: "February 30, 2025" is not a day on the calendar/);
    expect(errors[1]).toMatch(/empty\.txt:1:1: error: the seed is empty/);
    expect(errors[2]).toMatch(/no-title\.txt:2:1: error: the seed has no title/);
    expect(run.stderr).toContain("is unchanged");
    expect(await hashTree(out)).toEqual(before);
  });
});

describe("npm run build in any time zone", () => {
  it("should write the same site in Pacific/Kiritimati (UTC+14) and America/Adak (UTC-10)", async () => {
    const seeds = path.join(await tempDir(), "seeds");
    await cp(path.join(fixtures, "archive"), seeds, { recursive: true });
    await mkdir(seeds, { recursive: true });
    await writeFile(path.join(seeds, "front-matter-date.md"), "---\ntitle: Midnight Story\ndate: 2025-12-31\n---\nBody.\n");
    const east = path.join(await tempDir(), "east");
    const west = path.join(await tempDir(), "west");
    expect((await runCli("build", ["--seeds", seeds, "--output", east], { TZ: "Pacific/Kiritimati" })).code).toBe(0);
    expect((await runCli("build", ["--seeds", seeds, "--output", west], { TZ: "America/Adak" })).code).toBe(0);
    const eastTree = await hashTree(east);
    expect(eastTree).toEqual(await hashTree(west));
    expect(Object.keys(eastTree)).toContain("2025/12/31/midnight-story/index.html");
  });
});

describe("npm run build with two captures of one article", () => {
  it("should make them one article at the first's URL showing the second, with both versions and no warning", async () => {
    const seeds = path.join(await tempDir(), "seeds");
    await mkdir(seeds);
    for (const file of ["same-source-1.txt", "same-source-2.txt"]) await cp(path.join(fixtures, "adversarial", file), path.join(seeds, file));
    const out = path.join(await tempDir(), "site");
    const run = await runCli("build", ["--seeds", seeds, "--output", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("duplicate-source");
    expect(run.stdout).toContain("Built 1 article");
    const page = parsePage(await readFile(path.join(out, "2025/01/05/council-approves-the-budget/index.html"), "utf8"));
    expect(textOf(byTag(page, "h1")[0]!)).toBe("Council Approves the Budget, With Changes");
    const note = byClass(page, "captures")[0]!;
    expect(byTag(descendants(note), "li").map((li) => textOf(li))).toEqual(["Version 1, captured January 5, 2025", "Version 2, captured January 6, 2025 (shown here)"]);
    await expect(readFile(path.join(out, "2025/01/06/council-approves-the-budget-with-changes/index.html"))).rejects.toThrow();
  });
});
