import type { ArchivedArticle } from "../article.ts";
import { byCodeUnits } from "../common/order.ts";
import { ENTITY_KINDS } from "../parse/entity-names.ts";
import { type Entity, entityId, type EntityIndex, KIND_LABELS, KIND_ROOTS } from "./entity-index.ts";
import { monthCounts } from "./entity-sparkline.ts";
import { planPagedList } from "./list-pages.ts";
import type { EntitiesPage, EntitySummary, ListPage } from "./pages.ts";
import { sectionCrumbs } from "./breadcrumbs.ts";

/** At most this many entities are named as mentioned with another. */
const CO_MENTIONS = 10;

/**
 * `/people/`, `/places/`, `/organisations/` (each kind's entities by number of articles), and each
 * entity's articles as a paged list like an outlet's, its first page with the summary above. Only
 * the first page shows the summary: an added article then changes no older page of the list.
 * The lists come by entity path, in order, each null unless `listsOf` picks its entity.
 */
export function planEntityPages(index: EntityIndex, pageSize: number, listsOf: (entity: Entity) => boolean = () => true): { indexes: EntitiesPage[]; lists: Map<string, ListPage[] | null> } {
  const indexes: EntitiesPage[] = [];
  const lists = new Map<string, ListPage[] | null>();
  let coMentions: CoMentions | undefined;
  for (const kind of ENTITY_KINDS) {
    const { plural } = KIND_LABELS[kind];
    const crumbs = sectionCrumbs(plural, KIND_ROOTS[kind]);
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
      if (!listsOf(entity)) {
        lists.set(entity.path, null);
        continue;
      }
      coMentions ??= coMentionsOf(index);
      const pages = planPagedList(entity.articles, pageSize, {
        section: "entity",
        root: entity.path,
        heading: entity.name,
        lede: `Articles that name ${entity.name}, newest first.`,
        title: `${entity.name}: articles`,
        breadcrumbs: [...crumbs, { label: entity.name, path: entity.path }],
      });
      pages[0]!.entity = entitySummary(entity, coMentions);
      lists.set(entity.path, pages);
    }
  }
  return { indexes, lists };
}

/** Who names what, for the summaries above the entities' lists, by each entity's number. */
interface CoMentions {
  /** The entities with pages, in alphabetical order (case aside, then by path): an entity's number is its place here, and ties in counts go by it. */
  alphabetical: Entity[];
  /** The numbers of the entities with pages that an article names, in order. */
  named: (article: ArchivedArticle) => readonly number[];
  /** A count an entity, zero between two summaries (numbers count faster than a map). */
  counts: Int32Array;
}

function entitySummary(entity: Entity, coMentions: CoMentions): EntitySummary {
  const newest = entity.articles[0]!;
  const oldest = entity.articles.at(-1)!;
  return {
    kind: KIND_LABELS[entity.kind].one,
    count: entity.articles.length,
    first: { date: oldest.date, article: { label: oldest.title, path: oldest.path } },
    last: { date: newest.date, article: { label: newest.title, path: newest.path } },
    mentionedWith: mentionedWith(entity, coMentions),
    months: monthCounts(entity.articles.map((article) => article.date)),
  };
}

/**
 * Who names what, made once for every entity's summary. What an article names is worked out
 * when a summary asks: a save of npm start plans a few names' lists, whose articles are a small
 * part of what every name's articles are (at 100,000 articles, 0.5–1 s a save when made whole).
 */
function coMentionsOf(index: EntityIndex): CoMentions {
  const alphabetical = ENTITY_KINDS.flatMap((kind) => index.paged[kind])
    .map((entity) => ({ entity, name: entity.name.toLowerCase() }))
    .sort((a, b) => byCodeUnits(a.name, b.name) || byCodeUnits(a.entity.path, b.entity.path))
    .map(({ entity }) => entity);
  const numbers = new Map(alphabetical.map((entity, number) => [entity, number]));
  const known = new Map<ArchivedArticle, number[]>();
  const named = (article: ArchivedArticle): readonly number[] => {
    let list = known.get(article);
    if (!list) {
      const found: number[] = [];
      for (const kind of ENTITY_KINDS) {
        for (const name of article.entities?.[kind] ?? []) {
          const entity = index.byId.get(entityId(kind, name));
          if (entity) found.push(numbers.get(entity)!);
        }
      }
      // Two spellings of one name are one entity, counted once.
      list = found.sort((a, b) => a - b).filter((number, at) => at === 0 || number !== found[at - 1]);
      known.set(article, list);
    }
    return list;
  };
  return { alphabetical, named, counts: new Int32Array(alphabetical.length) };
}

/**
 * The entities named in most of this one's articles (in how many articles each). A large
 * archive's entities share articles with thousands of others: they are counted by number and
 * the first `CO_MENTIONS` kept as they come, not sorted whole (docs/performance.md, session 11).
 */
function mentionedWith(entity: Entity, { alphabetical, named, counts }: CoMentions): EntitySummary["mentionedWith"] {
  const seen: number[] = [];
  for (const article of entity.articles) {
    for (const other of named(article)) {
      if (alphabetical[other] === entity) continue;
      if (counts[other] === 0) seen.push(other);
      counts[other]! += 1;
    }
  }
  const before = (a: number, b: number) => counts[b]! - counts[a]! || a - b;
  const top: number[] = [];
  for (const other of seen) {
    if (top.length === CO_MENTIONS && before(other, top.at(-1)!) > 0) continue;
    let at = top.length;
    while (at > 0 && before(other, top[at - 1]!) < 0) at--;
    top.splice(at, 0, other);
    if (top.length > CO_MENTIONS) top.pop();
  }
  const result = top.map((other) => {
    const { name, path, kind } = alphabetical[other]!;
    return { name, path, kind: KIND_LABELS[kind].one, count: counts[other]! };
  });
  for (const other of seen) counts[other] = 0;
  return result;
}
