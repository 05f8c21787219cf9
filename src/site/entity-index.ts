/**
 * The archive's people, places and organisations: which articles name each, and which of them
 * get a page (`/people/<slug>/`, `/places/<slug>/`, `/organisations/<slug>/`: those named by at
 * least two articles). Pure; made once per build and shared by the pages, `articles.json` and search.
 */
import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import type { ArchivedArticle, EntityKind } from "../article.ts";
import { memoize } from "../common/memoize.ts";
import { byCodeUnits } from "../common/order.ts";
import { ENTITY_KINDS, nameKey } from "../parse/entity-names.ts";

/** An entity needs this many articles for a page of its own. */
export const MIN_ARTICLES = 2;

export const KIND_ROOTS: Record<EntityKind, string> = { people: "/people/", places: "/places/", organisations: "/organisations/" };
export const KIND_LABELS: Record<EntityKind, { plural: string; one: string; filter: string }> = {
  people: { plural: "People", one: "person", filter: "person" },
  places: { plural: "Places", one: "place", filter: "place" },
  organisations: { plural: "Organisations", one: "organisation", filter: "organisation" },
};

export interface Entity {
  kind: EntityKind;
  /** Its most used spelling (then the first in code-unit order), so that it does not depend on which article is newest. */
  name: string;
  path: string;
  /** The articles that name it, newest first. */
  articles: ArchivedArticle[];
}

export interface EntityIndex {
  /** The entities with a page, by kind, most named first. */
  paged: Record<EntityKind, Entity[]>;
  /** Every entity with a page, by `kind key` (see `entityId`). */
  byId: ReadonlyMap<string, Entity>;
}

/**
 * What identifies an entity: its kind and its name's key (case, accents and dots aside).
 * Remembered by name, a map a kind: every article's every name is asked for on every build,
 * and an id made anew each time is a new string to hash at each lookup.
 */
export const entityId = (kind: EntityKind, name: string): string => idsOfKind[kind](name);

const idsOfKind = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, memoize((name) => `${kind} ${nameKey(name)}`)])) as Record<EntityKind, (name: string) => string>;

const pathOf = memoize((id) => {
  const [kind, ...rest] = id.split(" ") as [EntityKind, ...string[]];
  const key = rest.join(" ");
  const slug = slugify(key) || `name-${createHash("sha256").update(key).digest("hex").slice(0, 8)}`;
  return `${KIND_ROOTS[kind]}${slug}/`;
});

/** Groups the articles (newest first) by the entities they name. */
export function entityIndex(newestFirst: readonly ArchivedArticle[]): EntityIndex {
  const all = new Map<string, { kind: EntityKind; articles: ArchivedArticle[]; spellings: Map<string, number> }>();
  for (const article of newestFirst) {
    for (const kind of ENTITY_KINDS) {
      for (const name of article.entities?.[kind] ?? []) {
        const id = entityId(kind, name);
        let entry = all.get(id);
        if (!entry) all.set(id, (entry = { kind, articles: [], spellings: new Map() }));
        if (entry.articles.at(-1) === article) continue;
        entry.articles.push(article);
        entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      }
    }
  }
  const paged: Record<EntityKind, Entity[]> = { people: [], places: [], organisations: [] };
  const byId = new Map<string, Entity>();
  const byPath = new Set<string>();
  for (const [id, { kind, articles, spellings }] of all) {
    if (articles.length < MIN_ARTICLES) continue;
    const path = pathOf(id);
    if (byPath.has(path)) continue; // two keys slugify can make nothing different of: the first keeps the page
    byPath.add(path);
    const [name] = [...spellings].reduce((best, next) => (next[1] > best[1] || (next[1] === best[1] && byCodeUnits(next[0], best[0]) < 0) ? next : best));
    const entity: Entity = { kind, name, path, articles };
    paged[kind].push(entity);
    byId.set(id, entity);
  }
  for (const kind of ENTITY_KINDS) paged[kind].sort((a, b) => b.articles.length - a.articles.length || byCodeUnits(a.name.toLowerCase(), b.name.toLowerCase()) || byCodeUnits(a.path, b.path));
  return { paged, byId };
}

/** An article's entities of one kind, each with its page when it has one. */
export function articleEntityLinks(article: ArchivedArticle, index: EntityIndex, kind: EntityKind): Array<{ name: string; path: string | null }> {
  return (article.entities?.[kind] ?? []).map((name) => {
    const entity = index.byId.get(entityId(kind, name));
    return { name: entity?.name ?? name, path: entity?.path ?? null };
  });
}

/** An article's entities as its page lists them: a group a kind (kinds it names none of left out). */
export function articleEntityGroups(article: ArchivedArticle, index: EntityIndex): Array<{ label: string; items: Array<{ name: string; path: string | null }> }> {
  return ENTITY_KINDS.flatMap((kind) => {
    const items = articleEntityLinks(article, index, kind);
    return items.length > 0 ? [{ label: KIND_LABELS[kind].plural, items }] : [];
  });
}

/** An article's entities of one kind that have a page, by their page's name: its search filters. */
export function pagedEntityNames(article: ArchivedArticle, index: EntityIndex, kind: EntityKind): string[] {
  // Asked for every article on every build (the search's filters): no links made to drop.
  const names: string[] = [];
  for (const name of article.entities?.[kind] ?? []) {
    const entity = index.byId.get(entityId(kind, name));
    if (entity) names.push(entity.name);
  }
  return names;
}
