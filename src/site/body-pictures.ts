import type { ArchivedArticle } from "../article.ts";
import { pictureFiles } from "../archive/picture-files.ts";
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
  const pictures = article.bodyPictures;
  if (!pictures || pictures.length === 0) return null;
  let index = 0;
  return article.bodyHtml.replace(IMAGE, (_, open: string | undefined, alt: string, close: string | undefined) => {
    const picture = pictures[index++] ?? null;
    const view = picture ? pictureView(article, picture) : null;
    const alone = open !== undefined && close !== undefined;
    if (!view) return `${open ?? ""}${alt ? `[Image: ${alt}]` : "[Image]"}${close ?? ""}`;
    const markup = pictureMarkup(view, alt);
    return alone ? `<figure class="body-picture">${markup}</figure>` : `${open ?? ""}${markup}${close ?? ""}`;
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
  const pictures = article.bodyPictures;
  if (!pictures || pictures.length === 0) return article.bodyHtml;
  let index = 0;
  return article.bodyHtml.replace(IMAGE, (_, open: string | undefined, alt: string, close: string | undefined) => {
    const picture = pictures[index++] ?? null;
    const shown = picture ? `<img src="${absolute(article.path + pictureFiles(picture)[0]!.name)}" alt="${alt}">` : alt ? `[Image: ${alt}]` : "[Image]";
    return `${open ?? ""}${shown}${close ?? ""}`;
  });
}
