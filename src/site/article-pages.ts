import type { ArchivedArticle } from "../article.ts";
import { periodBreadcrumbs } from "./date-archive.ts";
import { originalUrlKey } from "../archive/match-keys.ts";
import type { ArticlePage, PageLink } from "./pages.ts";
import { bodyWithPictures } from "./body-pictures.ts";
import { pictureView } from "./picture-pages.ts";
import { groupBy } from "../common/group-by.ts";
import type { SiteConfig } from "../site.config.ts";
import { citeView } from "./cite-pages.ts";
import { provenanceOf } from "./provenance.ts";

const linkTo = (article: ArchivedArticle | undefined): PageLink | null => (article ? { label: article.title, path: article.path } : null);

/**
 * One page per article, with its neighbours in time (older and newer), its trail through the
 * date archive, and the other captures of the same original article (source URLs compared as the
 * duplicate-source warning compares them), where its record came from (with the parser's version,
 * which the build passes in) and how to cite it. Linear in the number of articles (captures are
 * found through a map of source URLs).
 */
export function planArticlePages(newestFirst: ArchivedArticle[], site: SiteConfig, parserVersion: string | null = null): ArticlePage[] {
  const bySourceUrl = groupBy(newestFirst, (article) => (article.source.url ? originalUrlKey(article.source.url) : null));
  return newestFirst.map((article, index) => ({
    kind: "article",
    path: article.path,
    title: article.title,
    breadcrumbs: periodBreadcrumbs(article.date),
    article,
    older: linkTo(newestFirst[index + 1]),
    newer: linkTo(newestFirst[index - 1]),
    otherCaptures: (article.source.url ? bySourceUrl.get(originalUrlKey(article.source.url))! : [])
      .filter((other) => other !== article)
      .map((other) => ({ label: other.title, path: other.path, date: other.date })),
    picture: pictureView(article),
    body: bodyWithPictures(article),
    provenance: provenanceOf(article, parserVersion),
    cite: citeView(article, site),
  }));
}
