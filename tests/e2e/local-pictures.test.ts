import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { attr, byTag, parsePage } from "./html.ts";
import { copyFixture, readRecords, runCli, tempDir } from "./cli.ts";

const PAGE = "2025/12/19/first-snow-covers-the-old-town/index.html";

async function photo(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer();
}

async function leadImg(out: string) {
  return byTag(parsePage(await readFile(path.join(out, PAGE), "utf8")), "img")[0];
}

describe("local pictures across builds", () => {
  it("should make the article page and the picture's sizes again when only the photo changes", async () => {
    const seeds = await copyFixture("variants/local-picture");
    const root = await tempDir();
    const out = path.join(root, "site");
    const args = ["--seeds", seeds, "--output", out, "--cache-dir", path.join(root, "cache")];
    expect((await runCli("build", args)).code).toBe(0);
    expect(attr((await leadImg(out))!, "width")).toBe("1200");

    await writeFile(path.join(seeds, "photo.jpg"), await photo(600, 900));
    const again = await runCli("build", args);
    expect(again.code).toBe(0);
    const img = (await leadImg(out))!;
    expect([attr(img, "width"), attr(img, "height"), attr(img, "src")]).toEqual(["600", "900", "/2025/12/19/first-snow-covers-the-old-town/photo-600.jpeg"]);
    expect((await sharp(path.join(out, "2025/12/19/first-snow-covers-the-old-town/photo-480.webp")).metadata()).height).toBe(720);
    await expect(readFile(path.join(out, "2025/12/19/first-snow-covers-the-old-town/photo-1200.jpeg"))).rejects.toThrow(/ENOENT/);
    expect(await readFile(path.join(out, "2025/12/19/first-snow-covers-the-old-town/photo.jpg"))).toEqual(await readFile(path.join(seeds, "photo.jpg")));
  });

  it("should make the sizes again from a changed photo of the same size", async () => {
    const seeds = await copyFixture("variants/local-picture");
    const root = await tempDir();
    const out = path.join(root, "site");
    const args = ["--seeds", seeds, "--output", out, "--cache-dir", path.join(root, "cache")];
    expect((await runCli("build", args)).code).toBe(0);
    const size = path.join(out, "2025/12/19/first-snow-covers-the-old-town/photo-480.webp");
    const before = await readFile(size);
    await writeFile(path.join(seeds, "photo.jpg"), await photo(1200, 800));
    expect((await runCli("build", args)).code).toBe(0);
    expect(await readFile(size)).not.toEqual(before);
    const { dominant } = await sharp(size).stats();
    expect(dominant.b).toBeGreaterThan(dominant.r); // the new photo is blue
  });

  it("should warn about a picture that is not beside the seed, and show the caption without it", async () => {
    const seeds = await copyFixture("variants/local-picture");
    const story = path.join(seeds, "story.txt");
    await writeFile(story, (await readFile(story, "utf8")).replace("(photo.jpg)", "(photos/missing.jpg)"));
    const out = path.join(await tempDir(), "site");
    const run = await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /story\.txt:5:1: warning: the picture "photos\/missing\.jpg" is not beside the seed \(looked for photos\/missing\.jpg in the seeds folder\): put the file there, .* \[missing-picture\]/,
    );
    expect(await leadImg(out)).toBeUndefined();
    const record = (await readRecords<{ image: unknown }>(out))[0]!;
    expect(record.image).toMatchObject({ url: null, alt: "Snow on the roofs of the old town", credit: "Piet Maas / City Post" });
  });

  it("should warn about a picture file that is no image, and show the caption without it", async () => {
    const seeds = await copyFixture("variants/local-picture");
    await writeFile(path.join(seeds, "photo.jpg"), "not a picture\n");
    const out = path.join(await tempDir(), "site");
    const run = await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/story\.txt:5:1: warning: the picture photo\.jpg is not an image sharp can read .* \[bad-picture\]/);
    expect(run.stdout).not.toContain("not-a-seed");
    expect(await leadImg(out)).toBeUndefined();
  });
});
