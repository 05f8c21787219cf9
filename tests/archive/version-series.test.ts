import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/article.ts";
import { assembleArchive, assembledPart, toRecord } from "../../src/archive/assemble-archive.ts";
import { captureOrderKey, versionSeries } from "../../src/archive/version-series.ts";
import { parsedArticle } from "./fixtures.ts";

const URL_A = "https://www.coastpost.example/2025/06/02/storm";
const capture = (seedFile: string, fields: Partial<ParsedArticle> = {}): ParsedArticle =>
  parsedArticle({ seedFile, slug: seedFile.replace(".txt", ""), title: `Title ${seedFile}`, date: "2025-06-02", source: { name: null, domain: null, url: URL_A }, ...fields });
const files = (series: ParsedArticle[][]) => series.map((group) => group.map((article) => article.seedFile));

describe("versionSeries", () => {
  it("should group seeds by source URL as the duplicate check compares them, leaving seeds without one alone", () => {
    const series = versionSeries([
      capture("a.txt"),
      capture("b.txt", { source: { name: null, domain: null, url: "https://x.example/other" } }),
      capture("c.txt", { source: { name: null, domain: null, url: "http://coastpost.example/2025/06/02/storm/#top" } }),
      capture("d.txt", { source: { name: null, domain: null, url: null } }),
      capture("e.txt", { source: { name: null, domain: null, url: null } }),
    ]);
    expect(files(series)).toEqual([["a.txt", "c.txt"], ["b.txt"], ["d.txt"], ["e.txt"]]);
  });

  it("should order captures by captured, then by the date line and its time, then by file name", () => {
    const series = versionSeries([
      capture("z.txt", { captured: "2025-06-02T09:00:00Z" }),
      capture("y.txt", { date: "2025-06-02", time: "08:15" }),
      capture("b.txt", { date: "2025-06-01" }),
      capture("a.txt", { date: "2025-06-01" }),
      capture("x.txt", { captured: "2025-06-02T10:30+02:00" }), // 08:30 UTC
    ]);
    expect(files(series)).toEqual([["a.txt", "b.txt", "y.txt", "x.txt", "z.txt"]]);
  });

  it("should compare capture times as instants, a day before any time on it", () => {
    expect(captureOrderKey({ captured: "2025-06-02T00:30:00+02:00", date: "2025-06-02" })).toBe("2025-06-01T22:30:00.000");
    expect(captureOrderKey({ captured: "2025-06-02T18:05:00.5Z", date: "2025-06-02" })).toBe("2025-06-02T18:05:00.500");
    expect(captureOrderKey({ captured: "2025-06-02T18:05", date: "2025-06-02" })).toBe("2025-06-02T18:05:00.000");
    expect(captureOrderKey({ date: "2025-06-02", time: "07:30" })).toBe("2025-06-02T07:30:00.000");
    expect(captureOrderKey({ date: "2025-06-02" })).toBe("2025-06-02");
  });
});

describe("assembleArchive with versions", () => {
  const series = [
    capture("c-evening.txt", { captured: "2025-06-02T18:05:00Z", title: "Storm Closes Harbour as Ferries Are Cancelled", date: "2025-06-03", bodyText: "Evening." }),
    capture("a-noon.txt", { captured: "2025-06-02T12:10:00+02:00", title: "Storm Closes Harbour as Ferries Are Cancelled", bodyText: "Noon." }),
    capture("b-morning.txt", { time: "07:30", title: "Storm Closes the Harbour", slug: "storm-closes-the-harbour", bodyText: "Morning." }),
  ];

  it("should make one article at the first capture's date and slug, showing the newest capture, with every version", () => {
    const [article, ...rest] = assembleArchive(series, "/news/");
    expect(rest).toEqual([]);
    expect(article).toMatchObject({
      path: "/2025/06/02/storm-closes-the-harbour/",
      url: "/news/2025/06/02/storm-closes-the-harbour/",
      date: "2025-06-02",
      seedFile: "c-evening.txt",
      bodyText: "Evening.",
    });
    expect(toRecord(article!).versions).toEqual([
      { n: 1, url: "/news/2025/06/02/storm-closes-the-harbour/v/1/", captured: "2025-06-02T07:30", title: "Storm Closes the Harbour", wordCount: 1 },
      { n: 2, url: "/news/2025/06/02/storm-closes-the-harbour/v/2/", captured: "2025-06-02T12:10:00+02:00", title: "Storm Closes Harbour as Ferries Are Cancelled", wordCount: 1 },
      { n: 3, url: "/news/2025/06/02/storm-closes-the-harbour/v/3/", captured: "2025-06-02T18:05:00Z", title: "Storm Closes Harbour as Ferries Are Cancelled", wordCount: 1 },
    ]);
    expect(article!.versions!.map((version) => [version.path, version.bodyText])).toEqual([
      ["/2025/06/02/storm-closes-the-harbour/v/1/", "Morning."],
      ["/2025/06/02/storm-closes-the-harbour/v/2/", "Noon."],
      ["/2025/06/02/storm-closes-the-harbour/v/3/", "Evening."],
    ]);
  });

  it("should not move the article when a later capture rewrites the headline", () => {
    const [before] = assembleArchive(series.slice(1));
    const [after] = assembleArchive([...series, capture("0-night.txt", { captured: "2025-06-02T23:00:00Z", title: "Harbour Reopens", slug: "harbour-reopens" })]);
    expect(after!.path).toBe(before!.path);
    expect(after!.title).toBe("Harbour Reopens");
  });

  it("should give no versions to an article captured once, and keep its record as it was", () => {
    const [only] = assembleArchive([capture("a.txt")]);
    expect(only).not.toHaveProperty("versions");
    expect(toRecord(only!)).not.toHaveProperty("versions");
  });

  it("should resolve a related line naming an earlier headline to the article", () => {
    const reader = parsedArticle({ seedFile: "z.txt", slug: "reader", title: "Reader", related: [{ title: "Storm closes the harbour", href: null }] });
    const archive = assembleArchive([...series, reader]);
    expect(archive.find((article) => article.seedFile === "z.txt")!.related).toEqual([{ title: "Storm closes the harbour", url: "/2025/06/02/storm-closes-the-harbour/", href: null }]);
  });

  it("should let the article's key part stand for its versions without their text where a parse key does", () => {
    const keyed = series.map((article, index) => ({ ...article, sourceKey: `key-${index}` }));
    const part = assembledPart(assembleArchive(keyed)[0]!);
    expect(part.versions!.map((version) => [version.n, version.sourceKey, "bodyText" in version])).toEqual([
      [1, "key-2", false],
      [2, "key-1", false],
      [3, "key-0", false],
    ]);
  });
});
