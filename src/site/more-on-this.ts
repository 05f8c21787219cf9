/**
 * "More on this": for each article, up to five others that share the most entities with it, each
 * shared entity weighted by its rarity. Found through the inverted index (entity → articles), never
 * by comparing every pair; entities in more than `COMMON` articles are skipped, which bounds the
 * work and drops names that say little ("Moscow" in a Moscow paper). Pure.
 */
import type { ArchivedArticle } from "../article.ts";
import { byCodeUnits } from "../common/order.ts";
import { ENTITY_KINDS } from "../parse/entity-names.ts";
import type { EntityIndex } from "./entity-index.ts";
import { entityId } from "./entity-index.ts";
import type { PageLink } from "./pages.ts";

export const MORE_ON_THIS = 5;
/** An entity named by more articles than this links none of them. */
export const COMMON = 200;

export type MoreOnThis = Array<PageLink & { date: string }>;

/**
 * A weight that depends only on the entity's own number of articles (not on the archive's size,
 * as an idf would): adding an article then changes the lists of only the articles that share an
 * entity with it.
 */
export const rarity = (articles: number): number => 1 / Math.log2(1 + articles);

/** Each article's "more on this", by path: of every article, or of those `only` picks. */
export function moreOnThis(newestFirst: readonly ArchivedArticle[], index: EntityIndex, only: (article: ArchivedArticle) => boolean = () => true): Map<string, MoreOnThis> {
  const order = new Map(newestFirst.map((article, at) => [article, at]));
  const lists = new Map<string, MoreOnThis>();
  for (const article of newestFirst) {
    if (!only(article)) continue;
    const scores = new Map<ArchivedArticle, number>();
    for (const kind of ENTITY_KINDS) {
      for (const name of new Set(article.entities[kind])) {
        const entity = index.byId.get(entityId(kind, name));
        if (!entity || entity.articles.length > COMMON) continue;
        const weight = rarity(entity.articles.length);
        for (const other of entity.articles) if (other !== article) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const best = [...scores]
      .sort(([a, x], [b, y]) => y - x || order.get(a)! - order.get(b)! || byCodeUnits(a.path, b.path))
      .slice(0, MORE_ON_THIS)
      .map(([other]) => ({ label: other.title, path: other.path, date: other.date }));
    lists.set(article.path, best);
  }
  return lists;
}
