import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ArchivedArticle } from "../../src/article.ts";
import { mulberry32 } from "../../src/bench/synthetic-seeds.ts";
import type { BuildManifest } from "../../src/incremental/build-manifest.ts";
import { KeptPlan } from "../../src/incremental/kept-plan.ts";
import { pageKeysFrom, pageKeysOf, pageKeysRecord } from "../../src/incremental/page-key-parts.ts";
import { articleTokens, keyPages, keySitePlan } from "../../src/incremental/page-keys.ts";
import { entityIndex } from "../../src/site/entity-index.ts";
import { COMMON } from "../../src/site/more-on-this.ts";
import { planSite, planSiteParts } from "../../src/site/plan-site.ts";
import { siteConfig } from "../../src/site.config.ts";
import { archiveOf } from "../site/fixtures.ts";
import { tempDir } from "../e2e/cli.ts";

const VERSIONS = { parser: "parser-1", render: "render-1" };
const NAMES = ["Anna Berg", "Oslo", "Kyiv", "NATO", "Jon Lie", "Riga", "UNICEF", "Maria Sol"];

/** One article of a random archive: a date, a title, some of a few names and now and then a second capture of another. */
interface Spec {
  date: string;
  title: string;
  names: string[];
  original: number;
}

function randomSpec(random: () => number, index: number): Spec {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const names = NAMES.filter(() => random() < 0.3);
  return { date: `2025-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 9)}`, title: `Story ${index}`, names, original: random() < 0.1 ? pick([0, 1, 2]) : index };
}

function archive(specs: Spec[]): ArchivedArticle[] {
  return archiveOf(
    specs.map((spec) => spec.date),
    (index) => {
      const { title, names, original } = specs[index]!;
      const [people, places] = [names.filter((name) => /[ -]/.test(name)), names.filter((name) => !/[ -]/.test(name))];
      return {
        title,
        source: { name: "Reuters", domain: "reuters.com", url: `https://www.reuters.com/${original}` },
        entities: { people, places, organisations: [] },
        // A stand-in for the parse's key, which the loader gives every article: it changes with the article.
        sourceKey: JSON.stringify(specs[index]),
      };
    },
  );
}

/** A random change to the archive: an article added, removed, retitled, renamed or moved in time. */
function edit(specs: Spec[], random: () => number, next: number): Spec[] {
  const copy = specs.map((spec) => ({ ...spec }));
  const at = Math.floor(random() * copy.length);
  const change = Math.floor(random() * 5);
  if (change === 0 || copy.length < 3) copy.push(randomSpec(random, next));
  else if (change === 1) copy.splice(at, 1);
  else if (change === 2) copy[at]!.title = `${copy[at]!.title} (updated)`;
  else if (change === 3) copy[at]!.names = NAMES.filter(() => random() < 0.3);
  else copy[at]!.date = randomSpec(random, next).date;
  return copy;
}

/** A session's build of a plan: the kept plan leaves out what it can, and the keys are what they would be. */
function build(kept: KeptPlan, articles: ArchivedArticle[], previous: BuildManifest | null, file: string | null = null) {
  const tokens = articleTokens(articles);
  const entities = entityIndex(articles);
  const inputs = kept.inputsOf(articles, tokens, entities, VERSIONS);
  const unchanged = kept.unchanged(previous, inputs);
  const plan = planSiteParts(
    articles,
    siteConfig,
    { parserVersion: VERSIONS.parser },
    entities,
    (article) => !unchanged.own.has(article.path),
    (entity) => !unchanged.names.has(entity.path),
  );
  const { keyed, own, names } = keySitePlan(plan, articles, VERSIONS.render, tokens, unchanged);
  const id = kept.planned(inputs, { own, names }, file);
  const manifest = { pages: pageKeysOf(keyed, previous?.pages), plan: id } as BuildManifest;
  kept.remember(manifest);
  return { manifest, unchanged, planned: plan.own.size, lists: [...plan.names.values()].filter(Boolean).length };
}

/** A build of a process of its own: a session of one build, which takes back the plan the last one kept in `file`. */
async function buildOnce(file: string, articles: ArchivedArticle[], previous: BuildManifest | null) {
  const kept = new KeptPlan(false, true);
  await kept.restore(file, previous);
  const restored = previous !== null && kept.holds(previous);
  return { ...build(kept, articles, previous, file), restored };
}

const fullKeys = (articles: ArchivedArticle[]) =>
  Object.fromEntries(keyPages(planSite(articles, siteConfig, { parserVersion: VERSIONS.parser }), articles, VERSIONS.render).map(({ path, key }) => [path, key]));

describe("KeptPlan", () => {
  it("should give every page the key a whole plan gives it, through any sequence of changes", () => {
    for (let run = 0; run < 12; run++) {
      const random = mulberry32(run + 1);
      let specs = Array.from({ length: 25 }, (_, index) => randomSpec(random, index));
      const kept = new KeptPlan();
      let previous: BuildManifest | null = null;
      for (let step = 0; step < 15; step++) {
        const articles = archive(specs);
        const { manifest } = build(kept, articles, previous);
        expect(pageKeysRecord(manifest.pages), `run ${run}, step ${step}`).toEqual(fullKeys(articles));
        previous = manifest;
        specs = edit(specs, random, 100 + step);
      }
    }
  });

  it("should give every page the key a whole plan gives it when each build is a process of its own, taking back the plan the last kept", async () => {
    const file = path.join(await tempDir(), "plan.json");
    for (let run = 0; run < 4; run++) {
      const random = mulberry32(run + 100);
      let specs = Array.from({ length: 25 }, (_, index) => randomSpec(random, index));
      let previous: BuildManifest | null = null;
      for (let step = 0; step < 10; step++) {
        const articles = archive(specs);
        const { manifest, restored } = await buildOnce(file, articles, previous);
        expect(pageKeysRecord(manifest.pages), `run ${run}, step ${step}`).toEqual(fullKeys(articles));
        expect(restored, `run ${run}, step ${step}`).toBe(step > 0);
        previous = manifest;
        specs = edit(specs, random, 100 + step);
      }
    }
  });

  it("should take back no plan for a manifest that names another, or whose pages it does not hold", async () => {
    const file = path.join(await tempDir(), "plan.json");
    const articles = archive(Array.from({ length: 5 }, (_, index) => randomSpec(mulberry32(5), index)));
    const { manifest } = await buildOnce(file, articles, null);
    expect(await buildOnce(file, articles, manifest)).toMatchObject({ restored: true, planned: 0 });
    expect(await buildOnce(file, articles, { ...manifest, plan: "another" })).toMatchObject({ restored: false, planned: 5 });
    const { manifest: last } = await buildOnce(file, articles, null); // the file holds this one's plan
    const { [articles[0]!.path]: _, ...fewer } = pageKeysRecord(last.pages); // an article's page, which the plan holds
    expect(await buildOnce(file, articles, { ...last, pages: pageKeysFrom(fewer) })).toMatchObject({ restored: false, planned: 5 });
    expect(await buildOnce(file, articles, last)).toMatchObject({ restored: false }); // the build before wrote another plan
    const { manifest: latest } = await buildOnce(file, articles, null);
    await writeFile(file, (await readFile(file, "utf8")).slice(0, 100)); // cut short
    expect(await buildOnce(file, articles, latest)).toMatchObject({ restored: false, planned: 5 });
  });

  it("should plan again only the articles whose own pages a change reaches", () => {
    const random = mulberry32(7);
    const day = (index: number) => `2025-0${1 + Math.floor(index / 28)}-${String(1 + (index % 28)).padStart(2, "0")}`;
    const specs = Array.from({ length: 40 }, (_, index) => ({ ...randomSpec(random, index), date: day(index), names: [] as string[], original: index }));
    specs[10]!.names = ["Anna Berg"];
    specs[20]!.names = ["Anna Berg"];
    const kept = new KeptPlan();
    const first = build(kept, archive(specs), null);
    expect(first.planned).toBe(40);
    // A new headline: the article itself, its two neighbours (which show it) and the one that shares a name with it.
    const retitled = specs.map((spec, index) => (index === 10 ? { ...spec, title: "A new headline" } : spec));
    const articles = archive(retitled);
    const second = build(kept, articles, first.manifest);
    const position = articles.findIndex((article) => article.title === "A new headline");
    const expected = [
      ...new Set([articles[position - 1], articles[position], articles[position + 1], articles.find((article) => article.title === "Story 20")].flatMap((article) => (article ? [article.path] : []))),
    ];
    expect(articles.filter((article) => !second.unchanged.own.has(article.path)).map((article) => article.path)).toEqual(expect.arrayContaining(expected));
    expect(second.planned).toBe(expected.length);
    expect([first.lists, second.lists]).toEqual([1, 1]); // Anna Berg's, which shows the new headline
    expect(pageKeysRecord(second.manifest.pages)).toEqual(fullKeys(articles));
    // A headline of an article that gives no name: no list is planned again.
    const third = build(kept, archive(retitled.map((spec, index) => (index === 30 ? { ...spec, title: "Another headline" } : spec))), second.manifest);
    expect(third.lists).toBe(0);
  });

  it("should plan again the articles of a name that loses its page to another with the same address", () => {
    // "Anna-Berg" and "Anna Berg" are two names with one address, /people/anna-berg/: the name of the newest article naming either keeps it.
    const specs: Spec[] = Array.from({ length: 6 }, (_, index) => ({ date: `2025-01-0${index + 1}`, title: `Story ${index}`, names: [], original: index }));
    specs[0]!.names = specs[1]!.names = ["Anna-Berg"];
    const kept = new KeptPlan();
    let previous: BuildManifest | null = null;
    for (const [at, names] of [
      [4, ["Anna Berg"]],
      [5, ["Anna Berg"]],
    ] as const) {
      specs[at]!.names = [...names];
      const articles = archive(specs);
      previous = build(kept, articles, previous).manifest;
      expect(pageKeysRecord(previous.pages)).toEqual(fullKeys(articles));
    }
  });

  it("should plan again the list of a name given beside one that gets a page, which its summary names", () => {
    // Oslo's articles are 0 and 1; article 1 gives Riga too, which gets a page when article 2 names it.
    const specs: Spec[] = [
      { date: "2025-01-01", title: "Story 0", names: ["Oslo"], original: 0 },
      { date: "2025-01-02", title: "Story 1", names: ["Oslo", "Riga"], original: 1 },
      { date: "2025-01-03", title: "Story 2", names: [], original: 2 },
    ];
    const kept = new KeptPlan();
    const first = build(kept, archive(specs), null);
    specs[2]!.names = ["Riga"];
    const articles = archive(specs);
    expect(pageKeysRecord(build(kept, articles, first.manifest).manifest.pages)).toEqual(fullKeys(articles));
  });

  it("should plan again every article of a name that becomes too common for More on this, and then no more of them", () => {
    const day = (index: number) => `20${10 + Math.floor(index / 28)}-01-${String(1 + (index % 28)).padStart(2, "0")}`;
    const specs: Spec[] = Array.from({ length: COMMON }, (_, index) => ({ date: day(index), title: `Story ${index}`, names: ["Oslo"], original: index }));
    const kept = new KeptPlan();
    let previous = build(kept, archive(specs), null).manifest;
    const planned: number[] = [];
    for (const added of [COMMON, COMMON + 1]) {
      specs.push({ date: day(added), title: `Story ${added}`, names: ["Oslo"], original: added });
      const articles = archive(specs);
      const next = build(kept, articles, previous);
      expect(pageKeysRecord(next.manifest.pages)).toEqual(fullKeys(articles));
      planned.push(next.planned);
      previous = next.manifest;
    }
    // The 201st makes Oslo too common: every article's "More on this" loses it. The 202nd changes only its neighbour's page.
    expect(planned).toEqual([COMMON + 1, 2]);
  });

  it("should keep nothing for a manifest it did not remember, or under another version", () => {
    const articles = archive(Array.from({ length: 5 }, (_, index) => randomSpec(mulberry32(3), index)));
    const kept = new KeptPlan();
    const { manifest } = build(kept, articles, null);
    expect(manifest.plan).toBeUndefined(); // a session of many builds writes no plan, so its manifests name none
    const inputs = kept.inputsOf(articles, articleTokens(articles), entityIndex(articles), VERSIONS);
    expect(kept.unchanged(manifest, inputs).own.size).toBe(5);
    const none = { own: new Map(), names: new Map() };
    expect(kept.unchanged({ ...manifest }, inputs)).toEqual(none);
    expect(kept.unchanged(manifest, { ...inputs, versions: { ...VERSIONS, render: "render-2" } })).toEqual(none);
    expect(kept.unchanged(manifest, { ...inputs, versions: { ...VERSIONS, parser: "parser-2" } })).toEqual(none);
    // A session of one build keeps no plan.
    const once = new KeptPlan(false);
    const { manifest: written } = build(once, articles, null);
    expect(once.holds(written)).toBe(false);
    expect(once.unchanged(written, once.inputsOf(articles, articleTokens(articles), entityIndex(articles), VERSIONS))).toEqual(none);
  });
});
