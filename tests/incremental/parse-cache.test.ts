import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ParseCache } from "../../src/incremental/parse-cache.ts";
import { bodyOf } from "../../src/common/article-body.js";
import { parseSeed, type ParseResult } from "../../src/parse/parse-seed.ts";
import { tempDir } from "../e2e/cli.ts";

const result: ParseResult = { ok: false, diagnostics: [{ severity: "error", file: "a.txt", line: 1, column: 1, rule: "empty", message: "empty" }] };

/** Saves `result` in a new cache over `dir`, as a build that parsed `file` would; gives its key. */
async function savedResult(dir: string, file: string): Promise<string> {
  const cache = new ParseCache(dir);
  const key = cache.key("v1", file, `digest of ${file}`, {});
  cache.set(key, result);
  await cache.save();
  return key;
}

describe("ParseCache", () => {
  it("should keep results between builds, keyed by the seed's bytes", async () => {
    const dir = await tempDir();
    const first = new ParseCache(dir);
    const key = first.key("v1", "a.txt", "digest-text", {});
    expect(await first.get(key)).toBeUndefined();
    first.set(key, result);
    await first.save();
    expect(await new ParseCache(dir).get(key)).toEqual(result);
    expect(first.key("v1", "a.txt", "digest-text!", {})).not.toBe(key);
    expect(first.key("v2", "a.txt", "digest-text", {})).not.toBe(key);
  });

  it("should keep its results in memory after saving for many builds, and let a one-off build's go", async () => {
    const dir = await tempDir();
    const lasting = new ParseCache(dir);
    const oneOff = new ParseCache(dir, false);
    const key = lasting.key("v1", "a.txt", "digest-text", {});
    for (const cache of [lasting, oneOff]) {
      cache.set(key, result);
      await cache.save();
    }
    rmSync(path.join(dir, "parsed"), { recursive: true }); // what is left is what each holds
    expect(await lasting.get(key)).toEqual(result);
    expect(await oneOff.get(key)).toBeUndefined();
  });

  it("should say whether it read its files since last asked", async () => {
    const dir = await tempDir();
    const key = await savedResult(dir, "a.txt");
    const cache = new ParseCache(dir);
    expect(cache.readSinceAsked()).toBe(false);
    expect(await cache.get(key)).toEqual(result);
    expect(cache.readSinceAsked()).toBe(true);
    expect(await cache.get(key)).toEqual(result); // from memory
    expect(cache.readSinceAsked()).toBe(false);
  });

  it("should read its files ahead of need when asked (npm start, while idle), so that a build's first lookup reads none", async () => {
    const dir = await tempDir();
    const key = await savedResult(dir, "a.txt");
    const cache = new ParseCache(dir);
    await cache.preload();
    expect(cache.readSinceAsked()).toBe(true);
    expect(await cache.get(key)).toEqual(result);
    expect(cache.readSinceAsked()).toBe(false);
    await new ParseCache(null).preload(); // no folder: nothing to read
  });

  it("should drop the entries a build did not use", async () => {
    const dir = await tempDir();
    const old = await savedResult(dir, "old.txt");
    const fresh = await savedResult(dir, "new.txt");
    const after = new ParseCache(dir);
    expect(await after.get(old)).toBeUndefined();
    expect(await after.get(fresh)).toEqual(result);
  });

  it("should treat a corrupt cache file as empty, never as a result", async () => {
    const dir = await tempDir();
    const cache = new ParseCache(dir);
    const key = cache.key("v1", "a.txt", "digest-text", {});
    cache.set(key, result);
    await cache.save();
    const [bucket] = readdirSync(path.join(dir, "parsed"));
    writeFileSync(path.join(dir, "parsed", bucket!), '{"truncated');
    expect(await new ParseCache(dir).get(key)).toBeUndefined();
  });

  it("should keep each body in a file of its own, not in the bucket, and give back where it is", async () => {
    const dir = await tempDir();
    const parsed = parseSeed("# Tram Line Opens\n\nMay 2, 2024\n\nThe first tram ran on *Tuesday*.\n", "tram.txt");
    const cache = new ParseCache(dir);
    const key = cache.key("v1", "tram.txt", "digest-bytes", {});
    const kept = cache.set(key, parsed);
    await cache.save();
    const again = await new ParseCache(dir).get(key);
    for (const result of [kept, again]) {
      if (!result?.ok) throw new Error("expected an article");
      expect(result.article.bodyHtml).toBeUndefined();
      expect(bodyOf(result.article)).toEqual({ html: "<p>The first tram ran on <em>Tuesday</em>.</p>", text: "The first tram ran on Tuesday." });
      expect(result.article.title).toBe("Tram Line Opens");
    }
    const [bucket] = readdirSync(path.join(dir, "parsed"));
    const stored = readFileSync(path.join(dir, "parsed", bucket!), "utf8");
    expect(stored).toContain("Tram Line Opens");
    expect(stored).not.toMatch(/<em>|bodyText|bodyFile/);
  });

  it("should keep an article's references with its body, not in the bucket: only its page shows them", async () => {
    const dir = await tempDir();
    const parsed = parseSeed("# Tram Line Opens\n\nMay 2, 2024\n\nThe first tram ran.\n", "tram.txt");
    if (!parsed.ok) throw new Error("expected an article");
    const citations = { chicago: "Chicago reference.", apa: "APA reference.", mla: "MLA reference." };
    const cache = new ParseCache(dir);
    const key = cache.key("v1", "tram.txt", "digest-bytes", {});
    const kept = cache.set(key, { ...parsed, article: { ...parsed.article, citations } });
    await cache.save();
    const again = await new ParseCache(dir).get(key);
    for (const result of [kept, again]) {
      if (!result?.ok) throw new Error("expected an article");
      expect(result.article.citations).toBeUndefined();
      expect(bodyOf(result.article).citations).toEqual(citations);
    }
    const [bucket] = readdirSync(path.join(dir, "parsed"));
    expect(readFileSync(path.join(dir, "parsed", bucket!), "utf8")).not.toContain("reference.");
  });

  it("should give an article its key, and the same article from one build to the next while it is held", async () => {
    const dir = await tempDir();
    const cache = new ParseCache(dir);
    const key = cache.key("v1", "tram.txt", "digest-bytes", {});
    const tram = () => parseSeed("# Tram Line Opens\n\nMay 2, 2024\n\nThe first tram ran.\n", "tram.txt");
    const kept = cache.set(key, tram());
    await cache.save();
    const [first, second] = [await cache.get(key), await cache.get(key)];
    if (!first?.ok) throw new Error("expected an article");
    expect(first.article.sourceKey).toBe(key);
    expect(first.article).toBe(kept.ok && kept.article);
    expect(second).toBe(first);
    expect(readFileSync(path.join(dir, "parsed", `${key.slice(0, 2)}.json`), "utf8")).not.toContain("sourceKey");
    const uncached = new ParseCache(null).set(key, tram());
    expect(uncached.ok && uncached.article.sourceKey).toBe(key);
  });

  it("should parse again a seed whose body file is gone, and remove the bodies of dropped entries", async () => {
    const dir = await tempDir();
    const cache = new ParseCache(dir);
    const key = cache.key("v1", "a.txt", "digest-a", {});
    const kept = cache.set(key, parseSeed("# A Headline Here\n\nMay 2, 2024\n\nText.\n", "a.txt"));
    await cache.save();
    const bodyFile = kept.ok ? kept.article.bodyFile! : "";
    expect(existsSync(bodyFile)).toBe(true);
    rmSync(bodyFile);
    expect(await new ParseCache(dir).get(key)).toBeUndefined();

    const next = new ParseCache(dir);
    next.set(key, parseSeed("# A Headline Here\n\nMay 2, 2024\n\nText.\n", "a.txt"));
    await next.save();
    expect(existsSync(bodyFile)).toBe(true);
    const later = new ParseCache(dir);
    expect(await later.get(later.key("v1", "b.txt", "digest-b", {}))).toBeUndefined();
    await later.save(); // a build that used none of it
    expect(existsSync(bodyFile)).toBe(false);
  });

  it("should keep nothing without a folder (--no-cache)", async () => {
    const cache = new ParseCache(null);
    const key = cache.key("v1", "a.txt", "digest-text", {});
    cache.set(key, result);
    await cache.save();
    expect(await cache.get(key)).toBeUndefined();
  });
});
