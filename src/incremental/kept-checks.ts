import type { Diagnostic, ParsedArticle } from "../article.ts";
import { titleKey } from "../archive/match-keys.ts";
import { checkArchive, dateTitleKeyOf, futureDate, plainCopies, type QaOptions, sameDateAndTitle, sourceKeyOf, unresolvedRelated } from "../archive/qa-checks.ts";
import { byCodeUnits } from "../common/order.ts";

/** What the last build's checks compared its articles with, and what they found. */
interface Checked {
  today: string;
  articles: Set<ParsedArticle>;
  /** Articles with the same source URL, and with the same date and title: groups in seed-file order. */
  bySource: Map<string, ParsedArticle[]>;
  byDateTitle: Map<string, ParsedArticle[]>;
  /** How many articles have each title (by its key). */
  titles: Map<string, number>;
  /** The articles with a related line that has no address, by the line's title's key. */
  relatedByTitle: Map<string, Set<ParsedArticle>>;
  /** Each article's warnings, for those that have any. */
  warnings: Map<ParsedArticle, Diagnostic[]>;
}

/**
 * The checks across seeds (`checkArchive`) of a session that keeps what they compared from one
 * build to the next: the articles with each source URL, each date and title, each title, and each
 * article's warnings. A build checks again only the articles its change reaches: those added
 * (a changed seed's article is a new object, as the parse cache hands them out), those grouped
 * with an article added or removed, and those whose related line names a title that came or went.
 * At 100,000 articles the whole check took 1.2 s of every save of `npm start`. Given the articles
 * in seed-file order (as a build reads them), the same warnings as `checkArchive`, each article's
 * together in the order that gives them (a build lists them by seed file).
 */
export class KeptChecks {
  private last: Checked | null = null;

  /** `lasting: false` keeps nothing, for a session of one build. */
  constructor(private readonly lasting = true) {}

  check(articles: ParsedArticle[], { today, locations = new Map() }: QaOptions): Diagnostic[] {
    if (!this.lasting) return checkArchive(articles, { today, locations });
    const last = this.last?.today === today ? this.last : null;
    const checked: Checked = last ?? { today, articles: new Set(), bySource: new Map(), byDateTitle: new Map(), titles: new Map(), relatedByTitle: new Map(), warnings: new Map() };
    this.last = null; // while it changes: a build that fails halfway leaves none
    const now = new Set(articles);
    const reached = new Set<ParsedArticle>();
    const reach = (some: Iterable<ParsedArticle> | undefined) => {
      for (const article of some ?? []) reached.add(article);
    };
    for (const article of checked.articles) {
      if (now.has(article)) continue;
      reach(ungroup(checked.bySource, sourceKeyOf(article), article));
      reach(ungroup(checked.byDateTitle, dateTitleKeyOf(article), article));
      const key = titleKey(article.title);
      const count = checked.titles.get(key)! - 1;
      if (count === 0) {
        checked.titles.delete(key);
        reach(checked.relatedByTitle.get(key));
      } else {
        checked.titles.set(key, count);
      }
      for (const line of unlinked(article)) {
        const naming = checked.relatedByTitle.get(line);
        naming?.delete(article);
        if (naming?.size === 0) checked.relatedByTitle.delete(line);
      }
      checked.warnings.delete(article);
    }
    for (const article of articles) {
      if (checked.articles.has(article)) continue;
      reached.add(article);
      reach(regroup(checked.bySource, sourceKeyOf(article), article));
      reach(regroup(checked.byDateTitle, dateTitleKeyOf(article), article));
      const key = titleKey(article.title);
      const count = (checked.titles.get(key) ?? 0) + 1;
      checked.titles.set(key, count);
      if (count === 1) reach(checked.relatedByTitle.get(key));
      for (const line of unlinked(article)) {
        if (!checked.relatedByTitle.has(line)) checked.relatedByTitle.set(line, new Set());
        checked.relatedByTitle.get(line)!.add(article);
      }
    }
    checked.articles = now;
    const titled = (title: string) => checked.titles.has(titleKey(title));
    for (const article of reached) {
      if (!now.has(article)) continue;
      const at = locations.get(article.seedFile);
      const found = [
        ...futureDate(article, today, at),
        ...plainCopies(article, groupOf(checked.bySource, sourceKeyOf(article)), at),
        ...sameDateAndTitle(article, groupOf(checked.byDateTitle, dateTitleKeyOf(article)), at),
        ...unresolvedRelated(article, titled, at),
      ];
      if (found.length > 0) checked.warnings.set(article, found);
      else checked.warnings.delete(article);
    }
    this.last = checked;
    return articles.flatMap((article) => checked.warnings.get(article) ?? []);
  }
}

/** The title keys of an article's related lines that have no address (those are found by title alone). */
const unlinked = (article: ParsedArticle): string[] => article.related.filter(({ href }) => !href).map(({ title }) => titleKey(title));

/** A group as the checks take it: only groups of two or more compare anything. */
const groupOf = (groups: Map<string, ParsedArticle[]>, key: string | null): ParsedArticle[] => (key === null ? [] : (groups.get(key) ?? []));

/** Takes an article out of its group; gives the rest. */
function ungroup(groups: Map<string, ParsedArticle[]>, key: string | null, article: ParsedArticle): ParsedArticle[] | undefined {
  if (key === null) return undefined;
  const rest = (groups.get(key) ?? []).filter((other) => other !== article);
  if (rest.length === 0) groups.delete(key);
  else groups.set(key, rest);
  return rest;
}

/** Puts an article into its group, in seed-file order (the order of the seeds); gives the others. */
function regroup(groups: Map<string, ParsedArticle[]>, key: string | null, article: ParsedArticle): ParsedArticle[] | undefined {
  if (key === null) return undefined;
  const others = groups.get(key) ?? [];
  groups.set(
    key,
    [...others, article].sort((a, b) => byCodeUnits(a.seedFile, b.seedFile)),
  );
  return others;
}
