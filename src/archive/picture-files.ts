import type { ArchivedArticle, LocalPicture } from "../article.ts";

/** The widths a lead picture is made in (never wider than the file itself, nor than `MAX_WIDTH`). */
const WIDTHS = [480, 960, 1440];
const MAX_WIDTH = 1920;

/** One file the archive makes of a local picture: a copy of it as it is, or a size of it in a format. */
export interface PictureFile {
  /** The file's name, in the article's folder. */
  name: string;
  /** Null for the copy of the file as it is. */
  width: number | null;
  format: string | null;
}

/** The sizes of a picture, widest last, with the format that stands in for browsers without WebP. */
export function pictureWidths(picture: Pick<LocalPicture, "width">): number[] {
  const widest = Math.min(picture.width, MAX_WIDTH);
  return [...WIDTHS.filter((width) => width < widest), widest];
}

/** PNG and GIF may be transparent, and stay PNG; the rest become JPEG. */
export function fallbackFormat(picture: Pick<LocalPicture, "format">): "png" | "jpeg" {
  return picture.format === "png" || picture.format === "gif" ? "png" : "jpeg";
}

/**
 * Every file made of an article's local picture, named from the file's own name in the article's
 * folder (`tram-photo.jpg`, `tram-photo-480.webp`, …): the copy as it is, then each size in WebP
 * and in the fallback format.
 */
export function pictureFiles(picture: Pick<LocalPicture, "file" | "width" | "format" | "stem">): PictureFile[] {
  const base = picture.file.slice(picture.file.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  const stem = picture.stem;
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : picture.format;
  const sizes = ["webp", fallbackFormat(picture)].flatMap((format) => pictureWidths(picture).map((width) => ({ name: `${stem}-${width}.${format}`, width, format })));
  return [{ name: `${stem}.${extension}`, width: null, format: null }, ...sizes];
}

/**
 * The archived article's image: a picture beside the seed is its copy in the article's folder,
 * an http(s) address stays, and a relative address the loader found no file for is dropped.
 */
export function archivedImage(article: Pick<ArchivedArticle, "image" | "picture">, url: string): ArchivedArticle["image"] {
  const { image, picture } = article;
  if (!image?.url) return image;
  if (picture) return { ...image, url: url + pictureFiles(picture)[0]!.name };
  return /^https?:/i.test(image.url) ? image : { ...image, url: null };
}
