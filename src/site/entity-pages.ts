import type { ArchivedArticle } from "../article.ts";
import { byCodeUnits } from "../common/order.ts";
import { ENTITY_KINDS } from "../parse/entity-names.ts";
import { type Entity, type EntityIndex, KIND_LABELS, KIND_ROOTS } from "./entity-index.ts";
import { sparkline } from "./entity-sparkline.ts";
import { planPagedList } from "./list-pages.ts";
import type { EntitiesPage, EntitySummary, ListPage } from "./pages.ts";

/** At most this many entities are named as mentioned with another. */
const CO_MENTIONS = 10;

/**
 * `/people/`, `/places/`, `/organisations/` (each kind's entities by number of articles), and each
 * entity's articles as a paged list like an outlet's, its first page with the summary above. Only
 * the first page shows the summary: an added article then changes no older page of the list.
 */
export function planEntityPages(index: EntityIndex, pageSize: number): { indexes: EntitiesPage[]; lists: ListPage[] } {
  const indexes: EntitiesPage[] = [];
  const lists: ListPage[] = [];
  const named = pagedEntitiesByArticle(index);
  for (const kind of ENTITY_KINDS) {
    const { plural } = KIND_LABELS[kind];
    const crumbs = [
      { label: "Home", path: "/" },
      { label: plural, path: KIND_ROOTS[kind] },
    ];
    indexes.push({
      kind: "entities",
      entityKind: kind,
      path: KIND_ROOTS[kind],
      title: plural,
      heading: plural,
      breadcrumbs: crumbs,
      entities: index.paged[kind].map(({ name, path, articles }) => ({ name, path, count: articles.length })),
    });
    for (const entity of index.paged[kind]) {
      const pages = planPagedList(entity.articles, pageSize, {
        section: "entity",
        root: entity.path,
        heading: entity.name,
        lede: `Articles that name ${entity.name}, newest first.`,
        title: `${entity.name}: articles`,
        breadcrumbs: [...crumbs, { label: entity.name, path: entity.path }],
      });
      pages[0]!.entity = entitySummary(entity, named);
      lists.push(...pages);
    }
  }
  return { indexes, lists };
}

export function entitySummary(entity: Entity, named: ReadonlyMap<ArchivedArticle, Entity[]>): EntitySummary {
  const newest = entity.articles[0]!;
  const oldest = entity.articles.at(-1)!;
  return {
    kind: KIND_LABELS[entity.kind].one,
    count: entity.articles.length,
    first: { date: oldest.date, article: { label: oldest.title, path: oldest.path } },
    last: { date: newest.date, article: { label: newest.title, path: newest.path } },
    mentionedWith: mentionedWith(entity, named),
    sparkline: sparkline(entity.articles.map((article) => article.date)),
  };
}

/** The entities with pages that each article names, each once: made once, for every entity's summary. */
function pagedEntitiesByArticle(index: EntityIndex): Map<ArchivedArticle, Entity[]> {
  const named = new Map<ArchivedArticle, Entity[]>();
  for (const kind of ENTITY_KINDS) {
    for (const entity of index.paged[kind]) {
      for (const article of entity.articles) {
        const list = named.get(article);
        if (list) list.push(entity);
        else named.set(article, [entity]);
      }
    }
  }
  return named;
}

/** The entities named in most of this one's articles (in how many articles each). */
function mentionedWith(entity: Entity, named: ReadonlyMap<ArchivedArticle, Entity[]>): EntitySummary["mentionedWith"] {
  const counts = new Map<Entity, number>();
  for (const article of entity.articles) {
    for (const other of named.get(article) ?? []) if (other !== entity) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || byCodeUnits(a.name.toLowerCase(), b.name.toLowerCase()) || byCodeUnits(a.path, b.path))
    .slice(0, CO_MENTIONS)
    .map(([other, count]) => ({ name: other.name, path: other.path, kind: KIND_LABELS[other.kind].one, count }));
}
