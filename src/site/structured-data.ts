import type { ArchivedArticle } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import { pictureFiles } from "../archive/picture-files.ts";
import { feedBody } from "./body-pictures.ts";
import { rfc3339Date } from "./format.ts";

/** A filter putting the path prefix before site paths (`/a/` → `/news/a/`); other URLs pass. */
export function prefixPath(pathPrefix: string): (path: string) => string {
  const prefix = pathPrefix.endsWith("/") ? pathPrefix.slice(0, -1) : pathPrefix;
  return (path) => (typeof path === "string" && path.startsWith("/") && !path.startsWith("//") ? prefix + path : path);
}

/** An absolute URL for a site path: base URL + path prefix + path. */
export function absoluteUrl(path: string, site: Pick<SiteConfig, "baseUrl" | "pathPrefix">): string {
  const base = site.baseUrl.replace(/\/+$/, "");
  const prefix = site.pathPrefix === "/" ? "" : site.pathPrefix.replace(/\/+$/, "");
  return `${base}${prefix}${path}`;
}

/**
 * JSON-LD for an article page: a schema.org `NewsArticle` with the original as `isBasedOn`, the
 * lead photo's address, caption and credit as an `ImageObject`, and for an article with versions
 * the newest capture's time as `dateModified` and their number as `version`. Safe inside `<script>`: every `<`
 * is written as `\u003c`, so no seed text can close the element.
 */
export function articleJsonLd(article: ArchivedArticle, site: SiteConfig): string {
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    datePublished: article.date,
    url: absoluteUrl(article.path, site),
    mainEntityOfPage: absoluteUrl(article.path, site),
    wordCount: article.wordCount,
    inLanguage: site.language,
  };
  if (article.summary) data.description = article.summary;
  if (article.author) data.author = { "@type": "Person", name: article.author };
  if (article.source.name) data.publisher = { "@type": "NewsMediaOrganization", name: article.source.name, ...(article.source.domain ? { url: `https://${article.source.domain}/` } : {}) };
  if (article.source.url) data.isBasedOn = article.source.url;
  if (article.image) data.image = imageObject(article, site);
  if (article.tags.length > 0) data.keywords = article.tags;
  if (article.versions) {
    // The page shows the newest of several captures: when it was taken, and which it is.
    data.dateModified = article.versions.at(-1)!.captured;
    data.version = article.versions.length;
  }
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The lead photo: its address (absolute, for a copy in the archive), caption, alt text and credit. */
function imageObject({ image, picture, path }: ArchivedArticle, site: SiteConfig): Record<string, unknown> {
  const contentUrl = picture ? absoluteUrl(path + pictureFiles(picture)[0]!.name, site) : image!.url;
  return {
    "@type": "ImageObject",
    ...(contentUrl ? { contentUrl } : {}),
    ...(image!.caption ? { caption: image!.caption } : {}),
    ...(image!.alt ? { description: image!.alt } : {}),
    ...(image!.credit ? { creditText: image!.credit } : {}),
  };
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) for the latest articles, in full. */
export function jsonFeed(articles: ArchivedArticle[], site: SiteConfig): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    description: site.description,
    home_page_url: absoluteUrl("/", site),
    feed_url: absoluteUrl("/feed.json", site),
    language: site.language,
    items: articles.map((article) => ({
      id: absoluteUrl(article.path, site),
      url: absoluteUrl(article.path, site),
      ...(article.source.url ? { external_url: article.source.url } : {}),
      title: article.title,
      content_html: feedBody(article, (path) => absoluteUrl(path, site)),
      summary: article.summary,
      date_published: rfc3339Date(article.date),
      ...(article.author ? { authors: [{ name: article.author }] } : {}),
      ...(article.tags.length > 0 ? { tags: article.tags } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** The body as a feed carries it, for the Atom templates (see `feedBody`). */
export function feedBodyHtml(article: ArchivedArticle, site: Pick<SiteConfig, "baseUrl" | "pathPrefix">): string {
  return feedBody(article, (path) => absoluteUrl(path, site));
}
