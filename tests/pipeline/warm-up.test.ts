import { describe, expect, it } from "vitest";
import { BuildSession } from "../../src/incremental/session.ts";
import { ParseCache } from "../../src/incremental/parse-cache.ts";
import type { ParseResult } from "../../src/parse/parse-seed.ts";
import { warmUpForSaves } from "../../src/pipeline/warm-up.ts";
import { siteConfig } from "../../src/site.config.ts";
import { tempDir } from "../e2e/cli.ts";

describe("warmUpForSaves", () => {
  it("should read the session's parse cache while idle, so that the first save reads none of it", async () => {
    const dir = await tempDir();
    const result: ParseResult = { ok: false, diagnostics: [] };
    const earlier = new ParseCache(dir);
    const key = earlier.key("v1", "a.txt", "digest", {});
    earlier.set(key, result);
    await earlier.save();

    const session = new BuildSession(dir);
    await warmUpForSaves(siteConfig, session);
    expect(await session.parseCache.get(key)).toEqual(result);
    expect(session.parseCache.readSinceAsked()).toBe(false); // read while idle, its garbage collected then
  });
});
