import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ParseCache } from "../../src/incremental/parse-cache.ts";
import type { ParseResult } from "../../src/parse/parse-seed.ts";
import { tempDir } from "../e2e/cli.ts";

const result: ParseResult = { ok: false, diagnostics: [{ severity: "error", file: "a.txt", line: 1, column: 1, rule: "empty", message: "empty" }] };

describe("ParseCache", () => {
  it("should keep results between builds, keyed by the seed's bytes", async () => {
    const dir = await tempDir();
    const first = new ParseCache(dir);
    const key = first.key("v1", "a.txt", Buffer.from("text"), {});
    expect(await first.get(key)).toBeUndefined();
    first.set(key, result);
    await first.save();
    expect(await new ParseCache(dir).get(key)).toEqual(result);
    expect(first.key("v1", "a.txt", Buffer.from("text!"), {})).not.toBe(key);
    expect(first.key("v2", "a.txt", Buffer.from("text"), {})).not.toBe(key);
  });

  it("should drop the entries a build did not use", async () => {
    const dir = await tempDir();
    const cache = new ParseCache(dir);
    const old = cache.key("v1", "old.txt", Buffer.from("x"), {});
    cache.set(old, result);
    await cache.save();
    const next = new ParseCache(dir);
    const fresh = next.key("v1", "new.txt", Buffer.from("y"), {});
    next.set(fresh, result);
    await next.save();
    const after = new ParseCache(dir);
    expect(await after.get(old)).toBeUndefined();
    expect(await after.get(fresh)).toEqual(result);
  });

  it("should treat a corrupt cache file as empty, never as a result", async () => {
    const dir = await tempDir();
    const cache = new ParseCache(dir);
    const key = cache.key("v1", "a.txt", Buffer.from("text"), {});
    cache.set(key, result);
    await cache.save();
    const [bucket] = readdirSync(path.join(dir, "parsed"));
    writeFileSync(path.join(dir, "parsed", bucket!), '{"truncated');
    expect(await new ParseCache(dir).get(key)).toBeUndefined();
  });

  it("should keep nothing without a folder (--no-cache)", async () => {
    const cache = new ParseCache(null);
    const key = cache.key("v1", "a.txt", Buffer.from("text"), {});
    cache.set(key, result);
    await cache.save();
    expect(await cache.get(key)).toBeUndefined();
  });
});
