import { mkdir, open, readdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type BuildManifest, folderIdentity, manifestFile, readManifest, writeManifest, WrittenManifests } from "../../src/incremental/build-manifest.ts";
import { pageKeysFrom, pageKeysOf } from "../../src/incremental/page-key-parts.ts";
import { tempDir } from "../e2e/cli.ts";

async function manifestFor(outputDir: string): Promise<BuildManifest> {
  await mkdir(outputDir, { recursive: true });
  const outputIdentity = (await folderIdentity(outputDir))!;
  return {
    format: 4,
    renderVersion: "r1",
    outputIdentity,
    fingerprint: "f",
    stamps: { print: "s", recheck: {} },
    diagnostics: [],
    articleCount: 1,
    pages: pageKeysFrom({ "/": "k1", "/feed.xml": "k2", "/2025/01/02/a/": "a1", "/people/ada/": "p1" }),
    groups: {},
  };
}

describe("readManifest", () => {
  it("should give back the manifest written for the folder, under the same render version only", async () => {
    const cacheDir = await tempDir();
    const outputDir = path.join(await tempDir(), "site");
    const manifest = await manifestFor(outputDir);
    await writeManifest(cacheDir, outputDir, manifest);
    expect(await readManifest(cacheDir, outputDir, "r1")).toEqual(manifest);
    expect(await readManifest(cacheDir, outputDir, "r2")).toBeNull();
  });

  it("should not use a manifest of an earlier format (pages with their files; all keys in one file), so that the next build renders everything", async () => {
    const cacheDir = await tempDir();
    const outputDir = path.join(await tempDir(), "site");
    const manifest = await manifestFor(outputDir);
    await mkdir(path.dirname(manifestFile(cacheDir, outputDir)), { recursive: true });
    for (const earlier of [
      { ...manifest, format: 2, pages: { "/": { key: "k1", file: "index.html" } } },
      { ...manifest, format: 3, pages: { "/": "k1", "/feed.xml": "k2" } },
    ]) {
      await writeFile(manifestFile(cacheDir, outputDir), JSON.stringify(earlier));
      expect(await readManifest(cacheDir, outputDir, "r1")).toBeNull();
    }
  });

  it("should write only the parts of the pages' keys that changed, keep none it no longer names, and read no manifest that lost a part", async () => {
    const cacheDir = await tempDir();
    const outputDir = path.join(await tempDir(), "site");
    const manifest = await manifestFor(outputDir);
    const parts = path.join(path.dirname(manifestFile(cacheDir, outputDir)), path.basename(manifestFile(cacheDir, outputDir), ".json") + ".pages");
    const inParts = async () => new Map(await Promise.all((await readdir(parts)).map(async (name) => [name, (await stat(path.join(parts, name))).mtimeMs] as const)));
    await writeManifest(cacheDir, outputDir, manifest);
    const first = await inParts();
    expect(first.size).toBe(3); // the root's files, 2025, people

    await new Promise((resolve) => setTimeout(resolve, 20));
    const next = {
      ...manifest,
      pages: pageKeysOf(
        [
          { path: "/", key: "k1" },
          { path: "/feed.xml", key: "k2" },
          { path: "/2025/01/02/a/", key: "a2" },
          { path: "/people/ada/", key: "p1" },
        ],
        manifest.pages,
      ),
    };
    await writeManifest(cacheDir, outputDir, next);
    const second = await inParts();
    expect(second.size).toBe(3);
    expect([...second].filter(([name, mtime]) => first.get(name) === mtime)).toHaveLength(2); // the same files, untouched
    expect(await readManifest(cacheDir, outputDir, "r1")).toEqual(next);

    await rm(
      path.join(
        parts,
        [...second.keys()].find((name) => !first.has(name))!,
      ),
    );
    expect(await readManifest(cacheDir, outputDir, "r1")).toBeNull();
  });

  it("should take a manifest this process wrote back from memory while its file is as written, and read the file once it is not", async () => {
    const cacheDir = await tempDir();
    const outputDir = path.join(await tempDir(), "site");
    const manifest = await manifestFor(outputDir);
    const file = manifestFile(cacheDir, outputDir);
    const written = new WrittenManifests();
    await writeManifest(cacheDir, outputDir, manifest);
    await written.remember(file, manifest);
    expect(await readManifest(cacheDir, outputDir, "r1", written)).toBe(manifest);
    // The same bytes' length and modification time, other bytes: memory is taken, not the file.
    const { mtimeMs } = await stat(file);
    const handle = await open(file, "r+");
    await handle.write(Buffer.from('{"format":0,'), 0, 12, 0); // a manifest no build uses
    await handle.close();
    await utimes(file, mtimeMs / 1000, mtimeMs / 1000);
    expect(await readManifest(cacheDir, outputDir, "r1", written)).toBe(manifest);
    expect(await readManifest(cacheDir, outputDir, "r1")).toBeNull();
    // Written again (by another build): the file's.
    const other = { ...manifest, articleCount: 2 };
    await writeManifest(cacheDir, outputDir, other);
    expect(await readManifest(cacheDir, outputDir, "r1", written)).toEqual(other);
  });
});
