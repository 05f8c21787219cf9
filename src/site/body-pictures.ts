import type { ArchivedArticle, LocalPicture } from "../article.ts";
import { pictureFiles } from "../archive/picture-files.ts";
import { bodyInMemory, bodyOf } from "../common/article-body.js";
import type { PictureView } from "./pages.ts";
import { pictureView } from "./picture-pages.ts";

/**
 * The body's `<img>` elements, as remark-html writes them. The parser lets an image through only
 * when it names a file beside the seed (every other image became a link or text, and raw HTML is
 * text), so each one here is the next of the article's `bodyPictures`, in order.
 */
const IMAGE = /(<p>)?<img src="[^"]*" alt="([^"]*)">(<\/p>)?/g;

/**
 * The body with each picture beside the seed shown from the archive's own sizes: a picture alone in
 * its paragraph as a `<figure>`, one among words as a `<picture>`; one whose file is missing or no
 * image as its alt text. Null when the body shows no such picture (the parsed body is used as it is).
 */
export function bodyWithPictures(article: ArchivedArticle): string | null {
  return replacePictures(article, (picture, alt, inPlace, alone) => {
    const view = picture ? pictureView(article, picture) : null;
    if (!view) return inPlace(altText(alt));
    const markup = pictureMarkup(view, alt);
    return alone ? `<figure class="body-picture">${markup}</figure>` : inPlace(markup);
  });
}

/** `alt` comes escaped from remark-html; the view's URLs are the archive's own paths. */
function pictureMarkup(view: PictureView, alt: string): string {
  const sources = view.sources.map((source) => `<source type="${source.type}" srcset="${source.srcset}" sizes="${view.sizes}">`).join("");
  return `<picture>${sources}<img src="${view.src}" srcset="${view.srcset}" sizes="${view.sizes}" width="${view.width}" height="${view.height}" alt="${alt}" loading="lazy" decoding="async"></picture>`;
}

/**
 * The body as a feed carries it: a feed reader resolves no address against the article's page,
 * so each picture beside the seed is its archived copy at an absolute address (or its alt text).
 */
export function feedBody(article: ArchivedArticle, absolute: (path: string) => string): string {
  const body = replacePictures(article, (picture, alt, inPlace) => inPlace(picture ? `<img src="${absolute(article.path + pictureFiles(picture)[0]!.name)}" alt="${alt}">` : altText(alt)));
  return body ?? bodyOf(article).html;
}

/**
 * The body with each `<img>` replaced by what `show` makes of its picture (null: missing or no
 * image) and escaped alt text; `inPlace` puts markup where the `<img>` stood, and `alone` says
 * that it filled its paragraph. Null when the article's body shows no picture beside the seed.
 */
function replacePictures(article: ArchivedArticle, show: (picture: LocalPicture | null, alt: string, inPlace: (markup: string) => string, alone: boolean) => string): string | null {
  const pictures = article.bodyPictures;
  if (!pictures || pictures.length === 0) return null;
  let index = 0;
  // The loader keeps in memory the body of an article that shows pictures beside its seed.
  return bodyInMemory(article).html.replace(IMAGE, (_, open: string | undefined, alt: string, close: string | undefined) =>
    show(pictures[index++] ?? null, alt, (markup) => `${open ?? ""}${markup}${close ?? ""}`, open !== undefined && close !== undefined),
  );
}

const altText = (alt: string) => (alt ? `[Image: ${alt}]` : "[Image]");
