import { mkdirSync } from "node:fs";
import path from "node:path";
import { readJson } from "../common/read-json.ts";
import { writeWholeSync } from "../common/write-whole.ts";
import { outputFileOf } from "../site/pages.ts";
import type { BuildManifest } from "./build-manifest.ts";
import { keyOf } from "./page-key-parts.ts";
import type { KeptPages, KeyedPage } from "./page-keys.ts";

// A plan as a build keeps it for the next (kept-plan.ts): what it was made from, and its pages;
// and the file in which a one-off build keeps it for the next process, its pages by path, their
// keys left to the manifest that names the plan.

/**
 * What an article's own pages (src/site/plan-site.ts, `SitePlan`) are made from, besides the
 * render and parser versions: the article (its token), its neighbours (their paths and titles:
 * a title changes its article's token), and the names it gives (by id), whose pages and "More
 * on this" depend on every other article naming them.
 */
export interface OwnInputs {
  token: string;
  older: string | undefined;
  newer: string | undefined;
  ids: readonly string[];
}

/** What a build planned from, as `KeptPlan` compares it with the build before. */
export interface PlanInputs {
  versions: { parser: string; render: string };
  articles: Map<string, OwnInputs>;
  /** Each entity with a page: its path and name, by id. */
  paged: Map<string, string>;
  /** The entities too common for "More on this" (src/site/more-on-this.ts): which articles name them shows on no article's page. */
  common: Set<string>;
}

/** A plan: what it was made from, and the pages it keyed of each article and each name. */
export type Plan = { inputs: PlanInputs } & KeptPages;

/** A plan as a one-off build keeps it on disk, beside the manifest whose `plan` is its `id`. */
interface StoredPlan {
  format: 1;
  id: string;
  versions: PlanInputs["versions"];
  articles: Array<[path: string, token: string, older: string | null, newer: string | null, ids: readonly string[]]>;
  paged: Array<[id: string, page: string]>;
  common: string[];
  /**
   * Each article's own pages and each name's list, by their paths (their keys are the manifest's);
   * a page under its article's or name's path by the rest of its path (a third of the file).
   */
  own: Array<[path: string, pages: string[]]>;
  names: Array<[path: string, pages: string[]]>;
}

/** Writes a plan for the next process, whole or not at all. Synchronous: a build writes it once, between planning and rendering. */
export function writePlan(file: string, id: string, { inputs, own, names }: Plan): void {
  const stored: StoredPlan = {
    format: 1,
    id,
    versions: inputs.versions,
    articles: [...inputs.articles].map(([page, { token, older, newer, ids }]) => [page, token, older ?? null, newer ?? null, ids]),
    paged: [...inputs.paged],
    common: [...inputs.common],
    own: [...own].map(([part, pages]) => [part, pages.map(({ path }) => underPart(path, part))]),
    names: [...names].map(([part, pages]) => [part, pages.map(({ path }) => underPart(path, part))]),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeWholeSync(file, JSON.stringify(stored));
}

/** A page's path as the plan file keeps it: the rest after its article's or name's path (which ends in `/`), or the whole. */
const underPart = (page: string, part: string): string => (page.startsWith(part) ? page.slice(part.length) : page);

/**
 * The plan kept in `file`, when `previous` (the manifest a build found) names it, with its pages'
 * keys from that manifest; null when there is none, it is unreadable, or the two disagree.
 */
export async function readPlan(file: string, previous: BuildManifest): Promise<Plan | null> {
  let stored: StoredPlan;
  try {
    stored = await readJson<StoredPlan>(file);
  } catch {
    return null; // none, or unreadable: everything is planned
  }
  if (stored?.format !== 1 || stored.id !== previous.plan) return null;
  const keyed = (parts: StoredPlan["own"]) => {
    const pages = new Map<string, readonly KeyedPage[]>();
    for (const [part, paths] of parts) {
      pages.set(
        part,
        paths.map((rest) => {
          const page = rest.startsWith("/") ? rest : part + rest;
          return { path: page, key: keyOf(previous.pages, page)!, file: outputFileOf(page) };
        }),
      );
    }
    return pages;
  };
  const own = keyed(stored.own);
  const names = keyed(stored.names);
  // A plan and a manifest that disagree on a page (a file edited by hand) are not used.
  if ([...own.values(), ...names.values()].some((pages) => pages.some((page) => page.key === undefined))) return null;
  const articles = new Map(stored.articles.map(([page, token, older, newer, ids]) => [page, { token, older: older ?? undefined, newer: newer ?? undefined, ids }]));
  return { inputs: { versions: stored.versions, articles, paged: new Map(stored.paged), common: new Set(stored.common) }, own, names };
}
