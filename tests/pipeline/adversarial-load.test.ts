import { cp, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { assembleArchive } from "../../src/archive/assemble-archive.ts";
import { type LoadedSeeds, loadSeeds } from "../../src/pipeline/load-seeds.ts";

// The adversarial corpus read as a seeds folder, as `npm run build` and `npm run check` read it:
// bytes, file names, folder listing, checks across seeds. Big and deeply nested seeds are
// generated into the copy rather than committed.

const CORPUS = fileURLToPath(new URL("../fixtures/adversarial/", import.meta.url));
const TODAY = "2026-06-01";

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "broadsheet-adversarial-"));
}

describe("loadSeeds on the adversarial corpus", () => {
  let loaded: LoadedSeeds;
  beforeAll(async () => {
    const seeds = path.join(await tempDir(), "seeds");
    await cp(CORPUS, seeds, { recursive: true });
    await writeFile(path.join(seeds, "nested-quotes.txt"), `# Deep Quotes\n\nMay 2, 2024\n\n${">".repeat(5000)} deep\n`);
    const list = Array.from({ length: 1000 }, (_, depth) => `${"  ".repeat(depth)}- level ${depth}`).join("\n");
    await writeFile(path.join(seeds, "nested-lists.txt"), `# Deep Lists\n\nMay 2, 2024\n\n${list}\n`);
    await writeFile(path.join(seeds, "long-title.txt"), `# ${"Council ".repeat(250).trim()}\n\nMay 2, 2024\n\n${"Word ".repeat(60)}\n\nOriginal url: <https://www.example.com/2024/05/02/long>\n`);
    loaded = await loadSeeds(seeds, { today: TODAY });
  }, 60_000);

  const find = (rule: string) => loaded.diagnostics.filter((d) => d.rule === rule).map((d) => [d.file, d.line]);

  it("should give one error, with its line, for each seed that cannot become an article", () => {
    expect(loaded.diagnostics.filter((d) => d.severity === "error").map((d) => [d.file, d.rule, d.line])).toEqual([
      ["bad-yaml.md", "front-matter-yaml", 4],
      ["date-yesterday.md", "front-matter-date", 3],
      ["empty.txt", "empty", 1],
      ["february-30.txt", "invalid-date", 3],
      ["image.txt", "binary", 3],
      ["latin1.txt", "not-utf8", 1],
      ["nested-lists.txt", "too-deeply-nested", 1004],
      ["nested-quotes.txt", "too-deeply-nested", 5],
      ["title-list.md", "front-matter-type", 2],
      ["whitespace-only.txt", "empty", 1],
    ]);
  });

  it("should make an article of every other seed, under its own file name, whatever its script or spaces", () => {
    expect(loaded.articles.map((a) => a.seedFile).sort()).toEqual([
      "caption-without-credit.md",
      "long-title.txt",
      "next-year.txt",
      "no-source.txt",
      "related-not-archived.txt",
      "same-source-1.txt",
      "same-source-2.txt",
      "same-title-1.txt",
      "same-title-2.txt",
      "short-body.txt",
      "year-0999.txt",
      "year-2099.txt",
      "Νέα γραμμή.md",
      "с пробелом и кириллицей.txt",
    ]);
    const bySeed = (file: string) => loaded.articles.find((a) => a.seedFile === file)!;
    expect(bySeed("с пробелом и кириллицей.txt").slug).toBe("tramvay-v-starom-gorode");
    expect(bySeed("Νέα γραμμή.md").slug).toBe("nea-grammi-tram-stin-athina");
    expect(bySeed("long-title.txt").slug.length).toBeLessThanOrEqual(80);
  });

  it("should ignore hidden files and editor backups, and give other files a notice", () => {
    const mentioned = new Set(loaded.diagnostics.map((d) => d.file));
    for (const file of [".hidden.txt", "draft.txt~", ".draft.txt.swp"]) expect(mentioned.has(file), file).toBe(false);
    expect(loaded.skipped).toEqual(["notes.docx", "photo.jpg"]);
    expect(find("not-a-seed")).toEqual([
      ["notes.docx", 1],
      ["photo.jpg", 1],
    ]);
  });

  it("should take two different seeds with the same source URL for two versions of one article, without a warning", () => {
    expect(loaded.diagnostics.filter((d) => d.rule === "duplicate-source")).toEqual([]);
    const series = assembleArchive(loaded.articles).filter((a) => a.seedFile.startsWith("same-source-"));
    expect(series.map((a) => [a.seedFile, a.url, a.title, a.versions?.map((version) => version.url)])).toEqual([
      [
        "same-source-2.txt",
        "/2025/01/05/council-approves-the-budget/",
        "Council Approves the Budget, With Changes",
        ["/2025/01/05/council-approves-the-budget/v/1/", "/2025/01/05/council-approves-the-budget/v/2/"],
      ],
    ]);
  });

  it("should keep both seeds with the same date and title, at URLs that differ by -2", () => {
    expect(find("duplicate-title")).toEqual([
      ["same-title-1.txt", 1],
      ["same-title-2.txt", 1],
    ]);
    const urls = assembleArchive(loaded.articles)
      .filter((a) => a.seedFile.startsWith("same-title-"))
      .map((a) => [a.seedFile, a.url]);
    expect(urls).toEqual([
      ["same-title-1.txt", "/2025/03/03/storm-closes-the-harbour/"],
      ["same-title-2.txt", "/2025/03/03/storm-closes-the-harbour-2/"],
    ]);
  });

  it("should warn of far, future and missing things, each at its line", () => {
    expect(find("future-date")).toEqual([
      ["next-year.txt", 3],
      ["year-2099.txt", 3],
    ]);
    expect(find("pre-1900-date")).toEqual([["year-0999.txt", 3]]);
    expect(find("missing-credit")).toEqual([["caption-without-credit.md", 4]]);
    expect(find("missing-source")).toEqual([["no-source.txt", 5]]);
    expect(find("short-body")).toEqual([["short-body.txt", 5]]);
    expect(find("unresolved-related")).toEqual([["related-not-archived.txt", 9]]);
  });

  it("should list diagnostics by file, then line", () => {
    const order = loaded.diagnostics.map((d) => `${d.file}\u0000${String(d.line).padStart(6, "0")}`);
    expect(order).toEqual([...order].sort());
  });
});

describe("loadSeeds on a 10 MB seed", () => {
  it("should make it an article, in well under two minutes", async () => {
    const seeds = await tempDir();
    const paragraph = "The council met on Tuesday to discuss the [new tram line](https://example.org/tram), the *library* budget and the repairs to the old bridge; residents asked about noise.";
    const body = Array.from({ length: 60_000 }, (_, i) => `${paragraph} (${i})`).join("\n\n");
    await writeFile(path.join(seeds, "huge.txt"), `# A Very Long Article\n\nMay 2, 2024\n\n${body}\n\nOriginal url: <https://www.example.com/2024/05/02/huge>\n`);
    const started = performance.now();
    const { articles, diagnostics } = await loadSeeds(seeds, { today: TODAY });
    const seconds = (performance.now() - started) / 1000;
    expect(diagnostics).toEqual([]);
    expect(articles[0]!.wordCount).toBeGreaterThan(1_500_000);
    expect(articles[0]!.bodyHtml!.length).toBeGreaterThan(10_000_000);
    expect(seconds).toBeLessThan(120);
  }, 180_000);
});
