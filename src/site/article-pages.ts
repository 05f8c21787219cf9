import type { ArchivedArticle } from "../article.ts";
import { periodBreadcrumbs } from "./date-archive.ts";
import type { ArticlePage, PageLink } from "./pages.ts";
import { bodyWithPictures } from "./body-pictures.ts";
import { pictureView } from "./picture-pages.ts";
import { versionLink } from "./version-pages.ts";
import { provenanceOf } from "./provenance.ts";

const linkTo = (article: ArchivedArticle | undefined): PageLink | null => (article ? { label: article.title, path: article.path } : null);

/**
 * The page of the article at `index` in the archive (newest first), with its neighbours in time
 * (older and newer), its trail through the date archive, its versions when the archive holds
 * several captures of its original, where its record came from (with the parser's version,
 * which the build passes in). All it shows of other articles is its two neighbours.
 */
export function planArticlePage(newestFirst: readonly ArchivedArticle[], index: number, parserVersion: string | null = null): ArticlePage {
  const article = newestFirst[index]!;
  return {
    kind: "article",
    path: article.path,
    title: article.title,
    breadcrumbs: periodBreadcrumbs(article.date),
    article,
    older: linkTo(newestFirst[index + 1]),
    newer: linkTo(newestFirst[index - 1]),
    versions: article.versions?.map(versionLink) ?? [],
    picture: pictureView(article),
    body: bodyWithPictures(article),
    provenance: provenanceOf(article, parserVersion),
  };
}
