import type { ParsedArticle } from "../article.ts";
import { type BuildManifest, manifestFile, planFile } from "../incremental/build-manifest.ts";
import { keyOf, pageCount } from "../incremental/page-key-parts.ts";
import { articleTokens, keySitePlan } from "../incremental/page-keys.ts";
import type { SeedFiles } from "../incremental/seed-reader.ts";
import type { BuildSession } from "../incremental/session.ts";
import type { SiteConfig } from "../site.config.ts";
import type { LoadedSeeds } from "./load-seeds.ts";
import { assembleArchiveIndex, planArchiveParts } from "./plan-build.ts";

type Versions = { parser: string; render: string };

/**
 * The archive planned and keyed. Each article's own pages and each name's list are planned only
 * when what they show changed since the session's last build (src/incremental/kept-plan.ts); the
 * others keep their keys in `previous`. The session keeps what it planned from, and a session of
 * one build writes it to `planIn` for the next process; `planId` names it, for the manifest.
 * `settle` is called between the steps when most articles' own pages are planned (a large build
 * collects their garbage there; planning a few articles leaves little).
 */
export function planAndKey(
  parsed: ParsedArticle[],
  site: SiteConfig,
  versions: Versions,
  session: BuildSession,
  previous: BuildManifest | null,
  { lap = () => {}, planIn = null, settle = () => {} }: { lap?: (phase: string) => void; planIn?: string | null; settle?: () => void } = {},
) {
  const archive = assembleArchiveIndex(parsed, site, session.lasting ? session.lastArchive : undefined);
  if (session.lasting) session.lastArchive = archive.articles;
  const tokens = articleTokens(archive.articles);
  const inputs = session.keptPlan.inputsOf(archive.articles, tokens, archive.entities, versions);
  const kept = session.keptPlan.unchanged(previous, inputs);
  const between = kept.own.size < archive.articles.length / 2 ? settle : () => {};
  between();
  const { plan, shards } = planArchiveParts(
    archive,
    site,
    versions,
    (article) => !kept.own.has(article.path),
    (entity) => !kept.names.has(entity.path),
  );
  between();
  lap(`assemble and plan (own pages of ${plan.own.size} articles, lists of ${plan.names.size - kept.names.size} names)`);
  const { keyed, own, names } = keySitePlan(plan, archive.articles, versions.render, tokens, kept);
  const planId = session.keptPlan.planned(inputs, { own, names }, planIn);
  lap("page keys");
  return { archive, plan, shards, keyed, kept: { own, names }, planId };
}

/**
 * Plans the site the manifest describes (nothing changed since it was written) and, when every
 * key matches it, lets the session keep the plan, as if it had written the manifest itself. The
 * seeds are read only when the session does not hold that plan already (every save of npm start
 * that changed nothing asks), nor can take it back from the file a one-off build kept it in.
 */
export async function keepPlan(
  previous: BuildManifest,
  files: () => Promise<SeedFiles>,
  {
    site,
    versions,
    session,
    parse,
    cacheDir,
    outputDir,
  }: { site: SiteConfig; versions: Versions; session: BuildSession; parse: (files: SeedFiles) => Promise<LoadedSeeds>; cacheDir: string | null; outputDir: string },
): Promise<void> {
  if (!cacheDir) return;
  await session.keptPlan.restore(planFile(cacheDir, outputDir), previous);
  if (session.keptPlan.holds(previous)) return;
  const { articles: parsed, diagnostics } = await parse(await files());
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) return;
  const { keyed } = planAndKey(parsed, site, versions, session, null);
  if (keyed.length !== pageCount(previous.pages) || keyed.some(({ path, key }) => keyOf(previous.pages, path) !== key)) return session.keptPlan.remember(null);
  await session.manifests.remember(manifestFile(cacheDir, outputDir), previous);
  session.keptPlan.remember(previous);
}
