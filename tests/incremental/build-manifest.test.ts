import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type BuildManifest, folderIdentity, manifestFile, readManifest, writeManifest } from "../../src/incremental/build-manifest.ts";
import { tempDir } from "../e2e/cli.ts";

async function manifestFor(outputDir: string): Promise<BuildManifest> {
  await mkdir(outputDir, { recursive: true });
  const outputIdentity = (await folderIdentity(outputDir))!;
  return { format: 3, renderVersion: "r1", outputIdentity, fingerprint: "f", stamps: "s", diagnostics: [], articleCount: 1, pages: { "/": "k1", "/feed.xml": "k2" }, groups: {} };
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
});
