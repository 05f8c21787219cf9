import { describe, expect, it } from "vitest";
import type { LocalPicture, ParsedArticle } from "../../src/article.ts";
import { assembleArchive } from "../../src/archive/assemble-archive.ts";
import { pictureFiles, pictureWidths } from "../../src/archive/picture-files.ts";
import { parsedArticle } from "./fixtures.ts";

const picture: LocalPicture = { file: "2026/Tram Photo.JPG", path: "/seeds/2026/Tram Photo.JPG", digest: "d", width: 1200, height: 800, format: "jpeg", stem: "tram-photo" };

const article = (image: ParsedArticle["image"], extra: Partial<ParsedArticle> = {}): ParsedArticle => parsedArticle({ image, ...extra });

describe("local picture files", () => {
  it("should make sizes no wider than the file, the file's own width last", () => {
    expect(pictureWidths({ width: 1200 })).toEqual([480, 960, 1200]);
    expect(pictureWidths({ width: 300 })).toEqual([300]);
    expect(pictureWidths({ width: 5000 })).toEqual([480, 960, 1440, 1920]);
  });

  it("should name the copy and each size after the picture's stem (the loader makes it from the file's name), in WebP and in the fallback format", () => {
    expect(pictureFiles(picture).map((file) => file.name)).toEqual([
      "tram-photo.jpg",
      "tram-photo-480.webp",
      "tram-photo-960.webp",
      "tram-photo-1200.webp",
      "tram-photo-480.jpeg",
      "tram-photo-960.jpeg",
      "tram-photo-1200.jpeg",
    ]);
    expect(pictureFiles({ ...picture, file: "logo.png", format: "png", width: 400, stem: "logo" }).map((file) => file.name)).toEqual(["logo.png", "logo-400.webp", "logo-400.png"]);
  });
});

describe("the archived image", () => {
  const caption = { caption: "A tram.", credit: "AP", alt: "Tram" };

  it("should point a picture the loader found at its copy in the article's folder, with the path prefix", () => {
    const [only] = assembleArchive([article({ ...caption, url: "2026/Tram Photo.JPG" }, { picture })], "/news/");
    expect(only!.image).toEqual({ ...caption, url: "/news/2026/01/03/a-story/tram-photo.jpg" });
  });

  it("should drop a relative address the loader found no file for", () => {
    const [only] = assembleArchive([article({ ...caption, url: "missing.jpg" })]);
    expect(only!.image).toEqual({ ...caption, url: null });
  });

  it("should keep a remote picture's address", () => {
    const [only] = assembleArchive([article({ ...caption, url: "https://cdn.example/x.jpg" })]);
    expect(only!.image?.url).toBe("https://cdn.example/x.jpg");
  });
});
