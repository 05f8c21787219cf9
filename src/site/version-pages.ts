import type { ArchivedArticle, ArchivedVersion } from "../article.ts";
import { periodBreadcrumbs } from "./date-archive.ts";
import type { PageLink, VersionLink, VersionPage, VersionsPage } from "./pages.ts";
import { plainParagraphs, versionDiff } from "./version-diff.ts";

/** A version as the lists of versions name it. */
export function versionLink({ n, path, captured }: ArchivedVersion): VersionLink {
  return { label: `Version ${n}`, path, n, captured };
}

/** `<article path>v/`, where an article's versions are listed. */
export const versionsIndexPath = (article: Pick<ArchivedArticle, "path">): string => `${article.path}v/`;

/**
 * The pages of an article with two or more captures (README, Versions): one per version, the
 * later ones with what changed from the one before, and the list of them all; none for an
 * article captured once. Pure; the diffs are made here, once per version.
 */
export function planArticleVersions(article: ArchivedArticle): Array<VersionPage | VersionsPage> {
  return article.versions ? pagesOf(article, article.versions) : [];
}

/**
 * The version pages of an article that the sitemap lists, in their order: the newest version
 * (an older one names the article as canonical) and the list of versions.
 */
export function versionSitemapPaths(article: ArchivedArticle): string[] {
  return article.versions ? [article.versions.at(-1)!.path, versionsIndexPath(article)] : [];
}

function pagesOf(article: ArchivedArticle, versions: readonly ArchivedVersion[]): Array<VersionPage | VersionsPage> {
  const articleLink: PageLink = { label: article.title, path: article.path };
  const index = versionsIndexPath(article);
  const trail = [...periodBreadcrumbs(article.date), articleLink, { label: "Versions", path: index }];
  const diffs = versions.map((version, i) => (i === 0 ? null : versionDiff(versions[i - 1]!, version)));
  const pages: Array<VersionPage | VersionsPage> = versions.map((version, i): VersionPage => {
    const diff = diffs[i]!;
    const latest = i === versions.length - 1;
    return {
      kind: "version",
      path: version.path,
      title: `Version ${version.n} of ${versions.length}: ${version.title}`,
      breadcrumbs: [...trail, { label: `Version ${version.n}`, path: version.path }],
      article: articleLink,
      n: version.n,
      count: versions.length,
      captured: version.captured,
      headline: version.title,
      wordCount: version.wordCount,
      seedFile: version.seedFile,
      canonical: latest ? version.path : article.path,
      previous: i > 0 ? versionLink(versions[i - 1]!) : null,
      next: latest ? null : versionLink(versions[i + 1]!),
      index,
      diff: diff && { headline: diff.headline, counts: diff.counts, changes: diff.changes },
      paragraphs: diff ? diff.paragraphs : plainParagraphs(version.bodyText),
    };
  });
  pages.push({
    kind: "versions",
    path: index,
    title: `Versions of ${article.title}`,
    breadcrumbs: trail,
    article: articleLink,
    versions: versions.map((version, i) => ({ ...versionLink(version), label: version.title, wordCount: version.wordCount, counts: diffs[i]?.counts ?? null })),
  });
  return pages;
}
