import { randomUUID } from "node:crypto";
import type { ArchivedArticle, ArticleEntities } from "../article.ts";
import { ENTITY_KINDS } from "../parse/entity-names.ts";
import { entityId, type EntityIndex } from "../site/entity-index.ts";
import { COMMON } from "../site/more-on-this.ts";
import type { BuildManifest } from "./build-manifest.ts";
import type { ArticleTokens, KeptPages, KeyedPage } from "./page-keys.ts";
import { type OwnInputs, type Plan, type PlanInputs, readPlan, writePlan } from "./plan-file.ts";

/** The path in a name's entry of `PlanInputs.paged`. */
const pathOf = (page: string): string => page.slice(0, page.indexOf("\0"));

/**
 * What a session's last build planned from, so that the next can leave unplanned the own pages
 * of every article, and the list of every name, none of whose inputs changed: their keys are
 * the last manifest's. At 100,000 articles those are about 95% of the pages, and keying them
 * alone took 4–5 s of a 20 s save (docs/performance.md, session 15). Only for the manifest that
 * build wrote: any other (another process built, a build failed halfway) gets everything planned.
 * A session of one build keeps its plan in a file instead (`planned`), which the next process
 * takes back (`restore`) when the manifest it finds names that plan.
 */
export class KeptPlan {
  private last: ({ manifest: BuildManifest } & Plan) | null = null;
  /** What the build under way planned, until it writes its manifest. */
  private pending: Plan | null = null;
  /** Each article's entity ids, by its names' object, which the parse cache keeps from one build to the next. */
  private readonly ids = new WeakMap<ArticleEntities, string[]>();

  /**
   * `lasting: false` keeps nothing in memory, for a session of one build: no next build of the
   * process would use it. `onDisk`: such a session keeps its plan in a file for the next process.
   */
  constructor(
    private readonly lasting = true,
    private readonly onDisk = false,
  ) {}

  /** The inputs of a plan of these articles (newest first); none to a plan that is kept nowhere. */
  inputsOf(newestFirst: readonly ArchivedArticle[], tokens: ArticleTokens, entities: EntityIndex, versions: { parser: string; render: string }): PlanInputs {
    const articles = new Map<string, OwnInputs>();
    if (!this.lasting && !this.onDisk) return { versions, articles, paged: new Map(), common: new Set() };
    newestFirst.forEach((article, index) => {
      articles.set(article.path, { token: tokens.get(article.path)!, older: newestFirst[index + 1]?.path, newer: newestFirst[index - 1]?.path, ids: this.idsOf(article.entities) });
    });
    const paged = new Map<string, string>();
    const common = new Set<string>();
    for (const [id, entity] of entities.byId) {
      paged.set(id, `${entity.path}\0${entity.name}`);
      if (entity.articles.length > COMMON) common.add(id);
    }
    return { versions, articles, paged, common };
  }

  /**
   * The articles whose own pages, and the names whose lists, would be planned as the last build
   * planned them, with those pages' keys and files (as `previous` holds them): none unless
   * `previous` is what that build wrote.
   */
  unchanged(previous: BuildManifest | null, inputs: PlanInputs): KeptPages {
    const kept = { own: new Map<string, readonly KeyedPage[]>(), names: new Map<string, readonly KeyedPage[]>() };
    const last = this.last;
    if (!this.lasting) this.last = null; // taken back from a file for this build alone
    if (!last || !previous || last.manifest !== previous) return kept;
    const before = last.inputs;
    if (before.versions.parser !== inputs.versions.parser || before.versions.render !== inputs.versions.render) return kept;
    // Names given by an article added, removed or changed (but those too common to count before and
    // after), or whose page came, went or was renamed.
    const touched = new Set<string>();
    const listed = new Set<string>(); // names whose lists show an article added, removed or changed: all of them
    const touch = (ids: readonly string[]) => {
      for (const id of ids) {
        listed.add(id);
        if (!(before.common.has(id) && inputs.common.has(id))) touched.add(id);
      }
    };
    const changed = new Set<string>(); // articles added, removed or changed
    for (const [path, now] of inputs.articles) {
      const then = before.articles.get(path);
      if (then?.token === now.token) continue;
      changed.add(path);
      touch(now.ids);
      if (then) touch(then.ids);
    }
    for (const [path, then] of before.articles) {
      if (inputs.articles.has(path)) continue;
      changed.add(path);
      touch(then.ids);
    }
    const renamed = new Set<string>(); // names whose page came, went or was renamed
    for (const [id, page] of inputs.paged) if (before.paged.get(id) !== page) renamed.add(id);
    for (const id of before.paged.keys()) if (!inputs.paged.has(id)) renamed.add(id);
    for (const id of renamed) {
      touched.add(id);
      listed.add(id);
    }
    // A name's list counts the names its articles give with it: those beside a renamed one may change.
    if (renamed.size > 0) {
      for (const { ids } of inputs.articles.values()) {
        if (ids.some((id) => renamed.has(id))) for (const id of ids) listed.add(id);
      }
    }
    for (const [id, page] of inputs.paged) {
      const pages = listed.has(id) ? undefined : last.names.get(pathOf(page));
      if (pages) kept.names.set(pathOf(page), pages);
    }

    for (const [path, now] of inputs.articles) {
      const own = last.own.get(path);
      if (!own || changed.has(path)) continue;
      const then = before.articles.get(path)!;
      if (then.older !== now.older || then.newer !== now.newer || changed.has(now.older!) || changed.has(now.newer!)) continue;
      if (now.ids.some((id) => touched.has(id))) continue;
      kept.own.set(path, own);
    }
    return kept;
  }

  /** Whether the session's last plan is the one behind this manifest. */
  holds(manifest: BuildManifest): boolean {
    return this.last?.manifest === manifest;
  }

  /**
   * After a build planned and keyed its pages: what it planned from, and each article's own pages
   * and each name's list as keyed. A lasting session keeps them until the build writes its
   * manifest (`remember`); a session of one build writes them to `file` (when it has one) now,
   * rather than hold them through the render. Gives the id of a plan it wrote, for the manifest's
   * `plan`: a manifest names no plan that is in no file.
   */
  planned(inputs: PlanInputs, { own, names }: KeptPages, file: string | null): string | undefined {
    if (this.lasting) this.pending = { inputs, own, names };
    if (this.lasting || !this.onDisk || !file) return undefined;
    const id = randomUUID();
    writePlan(file, id, { inputs, own, names });
    return id;
  }

  /** After a build: the manifest it wrote, which its plan (`planned`) is the plan of; null when it is not. */
  remember(manifest: BuildManifest | null): void {
    if (manifest && this.lasting && this.pending) this.last = { manifest, ...this.pending };
    this.pending = null;
  }

  /**
   * Takes back the plan a build of another process kept in `file`, when `previous` (the manifest
   * it found) names it: the next build then plans only what changed since, as `npm start`'s do.
   */
  async restore(file: string, previous: BuildManifest | null): Promise<void> {
    if (!previous?.plan || this.last?.manifest === previous) return;
    const plan = await readPlan(file, previous);
    if (plan) this.last = { manifest: previous, ...plan };
  }

  private idsOf(entities: ArticleEntities): string[] {
    if (!entities) return [];
    let ids = this.ids.get(entities);
    if (!ids) {
      ids = ENTITY_KINDS.flatMap((kind) => (entities[kind] ?? []).map((name) => entityId(kind, name)));
      // Kept for the next build; a session of one build would hold them through its render for nothing.
      if (this.lasting) this.ids.set(entities, ids);
    }
    return ids;
  }
}
