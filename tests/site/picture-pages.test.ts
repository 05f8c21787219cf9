import { describe, expect, it } from "vitest";
import type { LocalPicture } from "../../src/article.ts";
import { assembleArchive } from "../../src/archive/assemble-archive.ts";
import { pictureView, planArticlePictures } from "../../src/site/picture-pages.ts";
import { articleJsonLd } from "../../src/site/structured-data.ts";
import { siteConfig } from "../../src/site.config.ts";
import { archiveOf } from "./fixtures.ts";

const picture: LocalPicture = { file: "photo.jpg", path: "/seeds/photo.jpg", digest: "abc", width: 1000, height: 667, format: "jpeg", stem: "photo" };
const withPicture = (prefix = "/") =>
  assembleArchive(
    archiveOf(["2026-01-03"], () => ({ image: { caption: "A tram.", credit: "AP", url: "photo.jpg", alt: "Tram" }, picture })),
    prefix,
  )[0]!;

describe("pictureView", () => {
  it("should list each size in WebP and in JPEG with the path prefix, and the widest JPEG's size for the layout", () => {
    expect(pictureView(withPicture("/news/"))).toEqual({
      sources: [{ type: "image/webp", srcset: "/news/2026/01/03/story-0/photo-480.webp 480w, /news/2026/01/03/story-0/photo-960.webp 960w, /news/2026/01/03/story-0/photo-1000.webp 1000w" }],
      src: "/news/2026/01/03/story-0/photo-1000.jpeg",
      srcset: "/news/2026/01/03/story-0/photo-480.jpeg 480w, /news/2026/01/03/story-0/photo-960.jpeg 960w, /news/2026/01/03/story-0/photo-1000.jpeg 1000w",
      sizes: expect.any(String),
      width: 1000,
      height: 667,
    });
  });

  it("should give the height of the widest size made, for a picture wider than the widest size", () => {
    const wide = assembleArchive(archiveOf(["2026-01-03"], () => ({ image: { caption: "", credit: null, url: "p.jpg", alt: "" }, picture: { ...picture, width: 4000, height: 3000 } })))[0]!;
    expect(pictureView(wide)).toMatchObject({ width: 1920, height: 1440 });
  });

  it("should be null for an article without a local picture", () => {
    expect(pictureView(archiveOf(["2026-01-03"])[0]!)).toBeNull();
  });
});

describe("planArticlePictures", () => {
  it("should plan the copy and every size in the article's folder, each with the picture's digest", () => {
    const pages = planArticlePictures(withPicture());
    expect(pages.map((page) => page.path)).toEqual([
      "/2026/01/03/story-0/photo.jpg",
      "/2026/01/03/story-0/photo-480.webp",
      "/2026/01/03/story-0/photo-960.webp",
      "/2026/01/03/story-0/photo-1000.webp",
      "/2026/01/03/story-0/photo-480.jpeg",
      "/2026/01/03/story-0/photo-960.jpeg",
      "/2026/01/03/story-0/photo-1000.jpeg",
    ]);
    expect(new Set(pages.map((page) => `${page.kind} ${page.source} ${page.digest}`))).toEqual(new Set(["picture /seeds/photo.jpg abc"]));
  });
});

describe("articleJsonLd's ImageObject", () => {
  it("should give a local picture's absolute address as contentUrl, with its caption, alt text and credit", () => {
    const data = JSON.parse(articleJsonLd(withPicture("/news/"), { ...siteConfig, baseUrl: "https://archive.example", pathPrefix: "/news/" })) as { image: unknown };
    expect(data.image).toEqual({ "@type": "ImageObject", contentUrl: "https://archive.example/news/2026/01/03/story-0/photo.jpg", caption: "A tram.", description: "Tram", creditText: "AP" });
  });

  it("should give a remote picture's address as contentUrl", () => {
    const article = archiveOf(["2026-01-03"], () => ({ image: { caption: "A tram.", credit: null, url: "https://cdn.example/t.jpg", alt: "Tram" } }))[0]!;
    expect(JSON.parse(articleJsonLd(article, siteConfig)).image).toMatchObject({ contentUrl: "https://cdn.example/t.jpg" });
  });

  it("should have no contentUrl for a caption without a picture", () => {
    const article = archiveOf(["2026-01-03"], () => ({ image: { caption: "A tram.", credit: "AP", url: null, alt: null } }))[0]!;
    expect(JSON.parse(articleJsonLd(article, siteConfig)).image).toEqual({ "@type": "ImageObject", caption: "A tram.", creditText: "AP" });
  });
});
