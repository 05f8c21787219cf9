import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { formatHtmlErrors, validateHtml } from "../support/vnu.ts";
import { attr, byTag, parsePage } from "./html.ts";
import { copyFixture, hashTree, runCli, tempDir, type CliRun } from "./cli.ts";

const FOLDER = "2025/12/12/the-river-rises-through-the-old-town/";

describe("pictures beside a seed that its body shows", () => {
  let seeds: string;
  let out: string;
  let run: CliRun;
  let html: string;
  beforeAll(async () => {
    seeds = await copyFixture("body-pictures");
    out = path.join(await tempDir(), "site");
    run = await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache"]);
    expect(run.code, run.stderr).toBe(0);
    html = await readFile(path.join(out, FOLDER, "index.html"), "utf8");
  });

  it("should show a picture alone in its paragraph as a figure, from the archive's own sizes", () => {
    const figures = byTag(parsePage(html), "figure").filter((figure) => attr(figure, "class") === "body-picture");
    expect(figures).toHaveLength(1);
    const figure = html.slice(html.indexOf('<figure class="body-picture">'), html.indexOf("</figure>", html.indexOf('<figure class="body-picture">')));
    const img = byTag(parsePage(figure), "img")[0]!;
    expect(attr(img, "alt")).toBe("The river at the old bridge, at dawn");
    expect(attr(img, "src")).toBe(`/${FOLDER}river-1200.jpeg`);
    expect(attr(img, "srcset")).toContain(`/${FOLDER}river-480.jpeg 480w`);
  });

  it("should show a picture among words as a picture inside the paragraph, with its own name when two files share one", () => {
    const imgs = byTag(parsePage(html), "img").map((img) => [attr(img, "alt"), attr(img, "src")]);
    expect(imgs).toContainEqual(["the quay at noon", `/${FOLDER}river-2-800.jpeg`]);
    expect(html).toMatch(/covered the quay <picture>.*<\/picture> before it turned/);
  });

  it("should show a missing picture as its alt text and say which file and line", () => {
    expect(html).toContain("[Image: Sandbags at the town hall]");
    expect(run.stdout).toMatch(/flood\.txt:15:1: warning: the picture "sandbags\.jpg" is not beside the seed .*its alt text is shown instead \[missing-picture\]/);
    expect(run.stdout).not.toContain("not-a-seed");
  });

  it("should give a page that the Nu HTML Checker finds valid", async () => {
    expect(formatHtmlErrors(await validateHtml([path.join(out, FOLDER, "index.html")]))).toBe("");
  });

  it("should write each picture's copy and sizes into the article's folder", async () => {
    expect(await readFile(path.join(out, FOLDER, "river.jpg"))).toEqual(await readFile(path.join(seeds, "river.jpg")));
    expect(await readFile(path.join(out, FOLDER, "river-2.jpg"))).toEqual(await readFile(path.join(seeds, "extra/river.jpg")));
    expect((await sharp(path.join(out, FOLDER, "river-2-480.webp")).metadata()).width).toBe(480);
  });

  it("should give feeds the pictures at absolute addresses of the archived copies", async () => {
    const feed = JSON.parse(await readFile(path.join(out, "feed.json"), "utf8")) as { items: Array<{ content_html: string }> };
    expect(feed.items[0]!.content_html).toContain(`<img src="https://example.org/${FOLDER}river.jpg" alt="The river at the old bridge, at dawn">`);
    expect(feed.items[0]!.content_html).not.toMatch(/src="(?!https:)/);
    expect(await readFile(path.join(out, "feed.xml"), "utf8")).toContain(`&lt;img src=&quot;https://example.org/${FOLDER}river-2.jpg&quot;`);
  });

  it("should make the page and the sizes again when a body photo changes, as a clean build would", async () => {
    const root = await tempDir();
    const site = path.join(root, "site");
    const args = ["--seeds", seeds, "--output", site, "--cache-dir", path.join(root, "cache")];
    expect((await runCli("build", args)).code).toBe(0);
    await writeFile(
      path.join(seeds, "extra/river.jpg"),
      await sharp({ create: { width: 500, height: 500, channels: 3, background: { r: 20, g: 20, b: 200 } } })
        .jpeg()
        .toBuffer(),
    );
    expect((await runCli("build", args)).code).toBe(0);
    const clean = path.join(root, "clean");
    expect((await runCli("build", ["--seeds", seeds, "--output", clean, "--no-cache"])).code).toBe(0);
    expect(await hashTree(site)).toEqual(await hashTree(clean));
    expect(await readFile(path.join(site, FOLDER, "index.html"), "utf8")).toContain(`river-2-500.jpeg`);
  });
});
