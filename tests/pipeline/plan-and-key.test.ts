import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import type { BuildManifest } from "../../src/incremental/build-manifest.ts";
import { pageKeysOf } from "../../src/incremental/page-key-parts.ts";
import { BuildSession } from "../../src/incremental/session.ts";
import { localToday } from "../../src/common/calendar-date.ts";
import { parseOptionsFor, parseSeedFiles, readSeedFiles } from "../../src/pipeline/load-seeds.ts";
import { planAndKey } from "../../src/pipeline/plan-and-key.ts";
import { siteConfig } from "../../src/site.config.ts";
import { fixtures, tempDir } from "../e2e/cli.ts";

const VERSIONS = { parser: "parser-1", render: "render-1" };

describe("planAndKey", () => {
  it("should assemble from the last archive in a lasting session, and keep none in a session of one build", async () => {
    const seedsDir = path.join(await tempDir(), "seeds");
    await cp(path.join(fixtures, "archive"), seedsDir, { recursive: true });
    const articlesOf = async (session: BuildSession) =>
      (await parseSeedFiles(await readSeedFiles(seedsDir, session.seedReader), { ...parseOptionsFor(siteConfig), today: localToday() }, session)).articles;
    const session = new BuildSession(path.join(await tempDir(), "cache"));
    const first = planAndKey(await articlesOf(session), siteConfig, VERSIONS, session, null).archive.articles;
    const again = planAndKey(await articlesOf(session), siteConfig, VERSIONS, session, null).archive.articles;
    expect(again.length).toBeGreaterThan(1);
    again.forEach((article, index) => expect(article).toBe(first[index]));
    const once = BuildSession.forOneBuild(null);
    planAndKey(await articlesOf(once), siteConfig, VERSIONS, once, null);
    expect(once.lastArchive).toEqual([]);
  });

  it("should settle between its steps when it plans every article's pages, and not when a kept plan leaves most out", async () => {
    const seedsDir = path.join(await tempDir(), "seeds");
    await cp(path.join(fixtures, "archive"), seedsDir, { recursive: true });
    for (const { file, text } of generateSeeds(12, { seed: 7 })) await writeFile(path.join(seedsDir, file), text);
    const session = new BuildSession(path.join(await tempDir(), "cache"));
    const { articles } = await parseSeedFiles(await readSeedFiles(seedsDir, session.seedReader), { ...parseOptionsFor(siteConfig), today: localToday() }, session);
    let settled = 0;
    const settle = () => void settled++;
    const { keyed } = planAndKey(articles, siteConfig, VERSIONS, session, null, { settle });
    expect(settled).toBe(2);
    const manifest: BuildManifest = {
      format: 4,
      renderVersion: VERSIONS.render,
      outputIdentity: "",
      fingerprint: "f",
      diagnostics: [],
      articleCount: articles.length,
      pages: pageKeysOf(keyed),
      groups: {},
    };
    session.keptPlan.remember(manifest);
    settled = 0;
    const again = planAndKey(articles, siteConfig, VERSIONS, session, manifest, { settle });
    expect(again.plan.own.size).toBe(0); // nothing changed: every article's pages kept
    expect(settled).toBe(0);
  });
});
