import type { ArchivedArticle, LocalPicture } from "../article.ts";
import { fallbackFormat, pictureFiles } from "../archive/picture-files.ts";
import type { PicturePage, PictureView } from "./pages.ts";

/** The article column is at most this wide (`--measure` and its padding in public/styles.css). */
const SIZES = "(min-width: 42rem) 40rem, 100vw";

/**
 * What an article page shows of its local picture: the sizes in WebP and in the fallback format
 * as `srcset`s (URLs with the path prefix), the widest fallback as `src`, and the dimensions that
 * keep the layout still while it loads. Null for an article without one.
 */
export function pictureView(article: ArchivedArticle, picture = article.picture): PictureView | null {
  if (!picture) return null;
  const files = pictureFiles(picture).filter((file) => file.width !== null);
  const srcset = (format: string) =>
    files
      .filter((file) => file.format === format)
      .map((file) => `${article.url}${file.name} ${file.width}w`)
      .join(", ");
  const fallback = fallbackFormat(picture);
  const widest = files.filter((file) => file.format === fallback).at(-1)!;
  return {
    sources: [{ type: "image/webp", srcset: srcset("webp") }],
    src: `${article.url}${widest.name}`,
    srcset: srcset(fallback),
    sizes: SIZES,
    width: widest.width!,
    height: Math.round((picture.height * widest.width!) / picture.width),
  };
}

/**
 * One page per file made of each of an article's local pictures: its copy and its sizes, in the
 * article's folder. A page's data holds the picture's digest, so a changed photo gives new keys
 * and is made again.
 */
export function planArticlePictures({ path, title, picture, bodyPictures = [] }: ArchivedArticle): PicturePage[] {
  return localPictures([picture, ...bodyPictures]).flatMap((local) =>
    pictureFiles(local).map(({ name, width, format }): PicturePage => ({
      kind: "picture",
      path: `${path}${name}`,
      title,
      breadcrumbs: [],
      source: local.path,
      digest: local.digest,
      width,
      format,
    })),
  );
}

/** The distinct pictures found (a file shown twice is made once). */
function localPictures(pictures: Array<LocalPicture | null | undefined>): LocalPicture[] {
  const byFile = new Map<string, LocalPicture>();
  for (const picture of pictures) if (picture && !byFile.has(picture.file)) byFile.set(picture.file, picture);
  return [...byFile.values()];
}
