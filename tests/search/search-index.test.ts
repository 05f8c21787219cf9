import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeSearchIndex, type ShardList } from "../../src/search/search-index.ts";
import { tempDir } from "../e2e/cli.ts";
import { archive } from "./fixtures.ts";

describe("writeSearchIndex", () => {
  it("should write one Pagefind bundle per year, without Pagefind's UI files, and list them", async () => {
    const out = await tempDir();
    const shards = await writeSearchIndex(archive, out, { language: "en" });
    expect((await readdir(path.join(out, "pagefind"))).sort()).toEqual(["2024", "2025", "shards.json"]);
    const bundle = (await readdir(path.join(out, "pagefind/2025"))).sort();
    expect(bundle.filter((name) => !name.endsWith(".pf_meta"))).toEqual(["filter", "fragment", "index", "pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "wasm.en.pagefind"]);
    const entry = JSON.parse(await readFile(path.join(out, "pagefind/2025/pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages)).toEqual(["en"]);
    expect(entry.languages.en.page_count).toBe(3);

    const list = JSON.parse(await readFile(path.join(out, "pagefind/shards.json"), "utf8")) as ShardList;
    expect(list.shards.map(({ id, articles, key }) => ({ id, articles, key }))).toEqual(shards.map((s) => ({ id: s.id, articles: s.articles.length, key: s.key })));
    expect(list.shards[1]!.filters).toEqual({ year: { "2024": 2 }, month: { "2024-09": 1, "2024-02": 1 }, outlet: { Reuters: 1 } });
  });

  it("should write the same bytes for the same articles", async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await writeSearchIndex(archive, a, { language: "en" });
    await writeSearchIndex([...archive].reverse(), b, { language: "en" });
    const files = (await readdir(path.join(a, "pagefind"), { recursive: true })).sort();
    expect((await readdir(path.join(b, "pagefind"), { recursive: true })).sort()).toEqual(files);
    for (const file of files.filter((f) => f.includes("."))) {
      expect(await readFile(path.join(b, "pagefind", file)), file).toEqual(await readFile(path.join(a, "pagefind", file)));
    }
  });
});
