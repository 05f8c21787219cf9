import type { ArchivedArticle } from "../article.ts";
import { ARCHIVE_URL_TOKEN, bylineNames, citationItem, type CslItem } from "../parse/citation-item.ts";
import type { SiteConfig } from "../site.config.ts";
import type { CitePage, CiteView } from "./pages.ts";
import { absoluteUrl } from "./structured-data.ts";

const STYLE_NAMES = [
  { id: "chicago", name: "Chicago (18th edition, bibliography)" },
  { id: "apa", name: "APA (7th edition)" },
  { id: "mla", name: "MLA (9th edition)" },
] as const;

const FILES = [
  { format: "bib", label: "BibTeX", type: "application/x-bibtex" },
  { format: "ris", label: "RIS", type: "application/x-research-info-systems" },
  { format: "json", label: "CSL-JSON", type: "application/vnd.citationstyles.csl+json" },
] as const;

/**
 * An article page's "Cite" section: the references the parse made (the archive copy's address in
 * place of its token; the article's own, or those kept with its body in the parse cache, which
 * the render passes) and the downloads. Its head's meta tags are `citationMeta`'s.
 */
export function citeView(article: ArchivedArticle, site: SiteConfig, citations = article.citations): CiteView {
  const archiveUrl = absoluteUrl(article.path, site);
  const styles = citations ? STYLE_NAMES.map(({ id, name }) => ({ id, name, text: citations[id].replaceAll(ARCHIVE_URL_TOKEN, archiveUrl) })) : [];
  return { styles, files: FILES.map(({ format, label, type }) => ({ label, type, path: `${article.path}cite.${format}` })) };
}

/** `cite.bib`, `cite.ris` and `cite.json` in an article's folder, written from its `archivedItem`. */
export function planArticleCites(article: ArchivedArticle): CitePage[] {
  return FILES.map(({ format }): CitePage => ({ kind: "cite", path: `${article.path}cite.${format}`, title: article.title, breadcrumbs: [], format, article }));
}

/** The CSL item of the downloads: the original's address as `URL`, the archive copy's as `archive_location` and in a note (BibTeX and RIS keep only the note). */
export function archivedItem(article: ArchivedArticle, site: SiteConfig): CslItem {
  const archiveUrl = absoluteUrl(article.path, site);
  return { ...citationItem(article, archiveUrl), archive: site.title, archive_location: archiveUrl, note: `Archived copy: ${archiveUrl}` };
}

/**
 * An article page's Highwire Press `citation_*` meta tags, in order (as Google Scholar and
 * Zotero's embedded-metadata translator read them): one `citation_author` a name.
 */
export function citationMeta(article: ArchivedArticle, site: SiteConfig): Array<{ name: string; content: string }> {
  const archiveUrl = absoluteUrl(article.path, site);
  const date = article.date.replaceAll("-", "/");
  const authors = article.author ? bylineNames(article.author).map((name) => ("literal" in name ? name.literal : `${name.given} ${name.family}`)) : [];
  return [
    { name: "citation_title", content: article.title },
    ...authors.map((content) => ({ name: "citation_author", content })),
    { name: "citation_publication_date", content: date },
    { name: "citation_date", content: date },
    ...(article.source.name ? [{ name: "citation_journal_title", content: article.source.name }] : []),
    { name: "citation_public_url", content: archiveUrl },
  ];
}
