import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSeed } from "../../src/parse/decode-seed.ts";
import { SeedReader } from "../../src/incremental/seed-reader.ts";
import { BuildSession } from "../../src/incremental/session.ts";
import { statFiles } from "../../src/incremental/stamp-print.ts";
import { EARLY_THREAD_SEEDS, earlyParseThread, loadSeeds, readSeedFiles } from "../../src/pipeline/load-seeds.ts";
import { listSeedFiles } from "../../src/pipeline/seed-files.ts";

async function seedsFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "broadsheet-seeds-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

const GOOD = "# Title\n\nMay 2, 2024\n\nBody.\n";

describe("listSeedFiles", () => {
  it("should list .txt and .md seeds in nested folders, skipping hidden and backup files", async () => {
    const dir = await seedsFolder({
      "b.txt": GOOD,
      "a.md": GOOD,
      "sub dir/Статья 1.txt": GOOD,
      ".hidden.txt": GOOD,
      "c.txt~": GOOD,
      ".c.txt.swp": GOOD,
      "notes.docx": "x",
    });
    expect(await listSeedFiles(dir)).toEqual({ seeds: ["a.md", "b.txt", "sub dir/Статья 1.txt"], skipped: ["notes.docx"] });
  });
});

describe("decodeSeed", () => {
  it("should refuse binary data, naming the line", () => {
    expect(decodeSeed(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00]))).toMatchObject({ ok: false, rule: "binary", line: 2 });
  });
  it("should refuse invalid UTF-8, naming the line", () => {
    const bytes = new Uint8Array([...Buffer.from("line one\nline two \xff"), 0xff, 0x41]);
    const latin1 = Buffer.concat([Buffer.from("ok\n"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]);
    expect(decodeSeed(bytes)).toMatchObject({ ok: false, rule: "not-utf8", line: 2 });
    expect(decodeSeed(latin1)).toMatchObject({ ok: false, rule: "not-utf8", line: 2 });
  });
  it("should read UTF-8 text", () => {
    expect(decodeSeed(Buffer.from("Привет"))).toEqual({ ok: true, text: "Привет" });
  });
});

describe("loadSeeds", () => {
  it("should report every bad seed, not only the first, and keep the good ones", async () => {
    const dir = await seedsFolder({
      "good.txt": GOOD,
      "empty.txt": "",
      "no-title.txt": "May 2, 2024\n\nBody.\n",
      "no-date.txt": "# Title\n\nBody.\n",
      "image.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
      "readme.pdf": "x",
    });
    const { articles, diagnostics } = await loadSeeds(dir);
    expect(articles.map((a) => a.seedFile)).toEqual(["good.txt"]);
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => [d.file, d.rule])).toEqual([
      ["empty.txt", "empty"],
      ["image.txt", "binary"],
      ["no-date.txt", "missing-date"],
      ["no-title.txt", "missing-title"],
    ]);
    expect(diagnostics.filter((d) => d.rule === "not-a-seed").map((d) => [d.file, d.severity])).toEqual([["readme.pdf", "warning"]]);
  });
});

describe("readSeedFiles", () => {
  it("should say which seeds folder is missing and what to do", async () => {
    const missing = path.join(await mkdtemp(path.join(os.tmpdir(), "seeds-")), "no-such-folder");
    await expect(readSeedFiles(missing, new SeedReader())).rejects.toThrow(`the seeds folder ${missing} does not exist: create it, or point --seeds at the folder that holds your seeds`);
  });
});

describe("SeedReader", () => {
  const TRUST_NOW = -1000; // a racy window that trusts even a file written this very moment (the tests')
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it("should read a seed only when it changed, and its bytes only when asked, and forget removed seeds", async () => {
    const dir = await seedsFolder({ "a.txt": GOOD, "b.txt": GOOD });
    const reader = new SeedReader(null, TRUST_NOW);
    const first = await readSeedFiles(dir, reader);
    expect(reader.filesRead).toBe(2);
    expect(first.seeds.map((seed) => seed.fresh)).toEqual([true, true]);
    const again = await readSeedFiles(dir, reader);
    expect(reader.filesRead).toBe(2);
    expect(again.seeds.map((seed) => seed.digest)).toEqual(first.seeds.map((seed) => seed.digest));
    expect(again.seeds.map((seed) => seed.fresh)).toEqual([undefined, undefined]);
    expect(text(again.seeds[0]!.bytes())).toBe(GOOD); // read now, for a parse
    expect(reader.filesRead).toBe(3);

    await writeFile(path.join(dir, "a.txt"), GOOD.replace("Body.", "A longer body."));
    const changed = await readSeedFiles(dir, reader);
    expect(reader.filesRead).toBe(4);
    expect(changed.seeds.map((seed) => seed.fresh)).toEqual([true, undefined]);
    expect(text(changed.seeds[0]!.bytes())).toContain("A longer body.");
    expect(changed.seeds[0]!.digest).not.toBe(first.seeds[0]!.digest);

    // Same size, rewritten: its times change, so it is read again.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await writeFile(path.join(dir, "b.txt"), GOOD.replace("Title", "Eltit"));
    expect(text((await readSeedFiles(dir, reader)).seeds[1]!.bytes())).toContain("Eltit");

    await rm(path.join(dir, "b.txt"));
    expect((await readSeedFiles(dir, reader)).seeds.map((seed) => seed.file)).toEqual(["a.txt"]);
    await writeFile(path.join(dir, "b.txt"), GOOD);
    expect(text((await readSeedFiles(dir, reader)).seeds[1]!.bytes())).toBe(GOOD);
  });

  it("should take a file's stats from the build when given them, so that a build stats each seed once", async () => {
    const dir = await seedsFolder({ "a.txt": GOOD });
    const reader = new SeedReader(null, TRUST_NOW);
    const listing = await listSeedFiles(dir);
    const taken = await statFiles([path.join(dir, "a.txt")]);
    const first = await readSeedFiles(dir, reader, listing, taken);
    await writeFile(path.join(dir, "a.txt"), GOOD.replace("Body.", "A longer body."));
    // Stats taken before the change say the file is as it was read: it is not read again.
    expect((await readSeedFiles(dir, reader, listing, taken)).seeds[0]!.digest).toBe(first.seeds[0]!.digest);
    expect(reader.filesRead).toBe(1);
    expect((await readSeedFiles(dir, reader, listing)).seeds[0]!.digest).not.toBe(first.seeds[0]!.digest);
  });

  it("should keep the digests in its index file for the next process, and read a file changed since", async () => {
    const dir = await seedsFolder({ "a.txt": GOOD, "b.txt": GOOD });
    const index = path.join(await mkdtemp(path.join(os.tmpdir(), "broadsheet-index-")), "seeds");
    await readSeedFiles(dir, new SeedReader(index, TRUST_NOW));
    const next = new SeedReader(index, TRUST_NOW);
    await readSeedFiles(dir, next);
    expect(next.filesRead).toBe(0);
    await writeFile(path.join(dir, "b.txt"), `${GOOD}More.\n`);
    const later = new SeedReader(index, TRUST_NOW);
    expect(text((await readSeedFiles(dir, later)).seeds[1]!.bytes())).toContain("More.");
    expect(later.filesRead).toBe(2); // for its digest, then for its bytes: a reader holds none
  });

  it("should write again only the parts of its index that a change reaches", async () => {
    const names = Array.from({ length: 40 }, (_, index) => `s${index}.txt`);
    const dir = await seedsFolder(Object.fromEntries(names.map((name) => [name, GOOD])));
    const index = path.join(await mkdtemp(path.join(os.tmpdir(), "broadsheet-index-")), "seeds");
    await readSeedFiles(dir, new SeedReader(index, TRUST_NOW));
    const parts = async () => new Map(await Promise.all((await readdir(index)).map(async (part): Promise<[string, number]> => [part, (await stat(path.join(index, part))).ino])));
    const before = await parts();
    expect(before.size).toBeGreaterThan(10); // 40 seeds in many parts
    await writeFile(path.join(dir, "s7.txt"), `${GOOD}More.\n`);
    await rm(path.join(dir, "s8.txt"));
    await readSeedFiles(dir, new SeedReader(index, TRUST_NOW));
    const after = await parts();
    const rewritten = [...after].filter(([part, inode]) => before.get(part) !== inode);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.length + (before.size - after.size)).toBeLessThanOrEqual(2);
    const next = new SeedReader(index, TRUST_NOW);
    expect((await readSeedFiles(dir, next)).seeds).toHaveLength(39);
    expect(next.filesRead).toBe(0);
    // A part it cannot read: its seeds are read again, and it is written anew.
    const [broken] = [...after.keys()];
    const count = JSON.parse(await readFile(path.join(index, broken!), "utf8")).length;
    await writeFile(path.join(index, broken!), "[[");
    const again = new SeedReader(index, TRUST_NOW);
    await readSeedFiles(dir, again);
    expect(again.filesRead).toBe(count);
    expect(JSON.parse(await readFile(path.join(index, broken!), "utf8"))).toHaveLength(count);
  });

  it("should keep another seeds folder's digests when it forgets a folder's removed seeds", async () => {
    const one = await seedsFolder({ "a.txt": GOOD, "gone.txt": GOOD });
    const two = path.relative(process.cwd(), await seedsFolder({ "b.txt": GOOD })); // a relative folder, as a user may give it
    const reader = new SeedReader(null, TRUST_NOW);
    await readSeedFiles(one, reader);
    await readSeedFiles(two, reader);
    await rm(path.join(one, "gone.txt"));
    await readSeedFiles(one, reader);
    const before = reader.filesRead;
    await readSeedFiles(two, reader);
    await writeFile(path.join(one, "gone.txt"), GOOD);
    await readSeedFiles(one, reader);
    expect(reader.filesRead - before).toBe(1); // the seed put back, read as new; the other folder's seed not read
  });

  it("should not trust a digest made just after the file changed (its times may not change again)", async () => {
    const dir = await seedsFolder({ "a.txt": GOOD });
    const reader = new SeedReader();
    await readSeedFiles(dir, reader);
    await readSeedFiles(dir, reader);
    expect(reader.filesRead).toBe(2);
  });

  it("should refuse bytes that are no longer what its digest says", async () => {
    const dir = await seedsFolder({ "a.txt": GOOD });
    const reader = new SeedReader(null, TRUST_NOW);
    await readSeedFiles(dir, reader);
    const [seed] = (await readSeedFiles(dir, reader)).seeds;
    await writeFile(path.join(dir, "a.txt"), GOOD.replace("Body.", "Other."));
    expect(() => seed!.bytes()).toThrow(/a\.txt changed while the build was reading the seeds: build again/);
  });
});

describe("loadSeeds with a parse cache", () => {
  it("should keep bodies in the cache's files, but for those the archive and site stages read", async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), "broadsheet-cache-"));
    const url = (n: number) => `\n\nOriginal url:\n\n<https://news.example/2024/05/0${n}/story>\n`;
    const dir = await seedsFolder({
      "plain.txt": `# A Plain Story\n\nMay 2, 2024\n\nPlain body.${url(2)}`,
      "first.txt": `# A Story Told Twice\n\nMay 3, 2024\n\nFirst body.${url(3)}`,
      "second.txt": `# A Story Told Twice\n\nMay 3, 2024 14:30\n\nSecond body.${url(3)}`,
    });
    for (const round of ["parsed", "from the cache"]) {
      const { articles } = await loadSeeds(dir, {}, BuildSession.forOneBuild(cacheDir));
      const bySeed = new Map(articles.map((article) => [article.seedFile, article]));
      expect(bySeed.get("plain.txt"), round).toMatchObject({ bodyFile: expect.stringContaining(cacheDir) });
      expect(bySeed.get("plain.txt")!.bodyHtml, round).toBeUndefined();
      expect(bySeed.get("first.txt"), round).toMatchObject({ bodyHtml: "<p>First body.</p>", bodyText: "First body." });
      expect(bySeed.get("second.txt")!.bodyFile, round).toBeUndefined();
    }
  });
});

describe("earlyParseThread", () => {
  const seeds = (count: number, fresh: number) =>
    Array.from({ length: count }, (_, index) => ({ file: `${index}.txt`, digest: String(index), bytes: () => new Uint8Array(), ...(index < fresh ? { fresh: true as const } : {}) }));

  it("should start a parse thread for a one-off build of a large archive with seeds read anew, and none otherwise", async () => {
    const oneOff = BuildSession.forOneBuild(null);
    expect(await earlyParseThread(seeds(EARLY_THREAD_SEEDS, 0), oneOff)).toBeUndefined();
    expect(await earlyParseThread(seeds(EARLY_THREAD_SEEDS - 1, 1), oneOff)).toBeUndefined();
    expect(await earlyParseThread(seeds(EARLY_THREAD_SEEDS, 1), new BuildSession(null))).toBeUndefined(); // npm start's main thread makes citeproc's engines while idle
    const thread = await earlyParseThread(seeds(EARLY_THREAD_SEEDS, 1), oneOff);
    expect(thread).toBeDefined();
    await thread!.stop();
  });
});
