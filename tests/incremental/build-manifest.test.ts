import { mkdir, open, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type BuildManifest, folderIdentity, manifestFile, readManifest, writeManifest, WrittenManifests } from "../../src/incremental/build-manifest.ts";
import { tempDir } from "../e2e/cli.ts";

async function manifestFor(outputDir: string): Promise<BuildManifest> {
  await mkdir(outputDir, { recursive: true });
  const outputIdentity = (await folderIdentity(outputDir))!;
  return {
    format: 3,
    renderVersion: "r1",
    outputIdentity,
    fingerprint: "f",
    stamps: { print: "s", recheck: {} },
    diagnostics: [],
    articleCount: 1,
    pages: { "/": "k1", "/feed.xml": "k2" },
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

  it("should not use a manifest of an earlier format (pages with their files), so that the next build renders everything", async () => {
    const cacheDir = await tempDir();
    const outputDir = path.join(await tempDir(), "site");
    const manifest = await manifestFor(outputDir);
    const earlier = { ...manifest, format: 2, pages: { "/": { key: "k1", file: "index.html" } } };
    await mkdir(path.dirname(manifestFile(cacheDir, outputDir)), { recursive: true });
    await writeFile(manifestFile(cacheDir, outputDir), JSON.stringify(earlier));
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
