import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, fixtures, runCli } from "./cli.ts";

describe("npm run check", () => {
  it("should pass good seeds without building anything", async () => {
    const run = await runCli("check", ["--seeds", path.join(fixtures, "archive")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("4 articles, 0 errors, 0 warnings");
  });

  it("should report bad seeds with the build's messages, as text or JSON", async () => {
    const seeds = await copyFixture("archive");
    await writeFile(path.join(seeds, "no-date.txt"), "# Undated\n\nBody.\n");
    const text = await runCli("check", ["--seeds", seeds]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/no-date\.txt:1:1: error: the seed has no usable date: .* \[missing-date\]/);
    expect(text.stderr).toContain("4 articles, 1 error in 1 seed, 0 warnings");

    const json = await runCli("check", ["--seeds", seeds, "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ articles: 4, errors: 1, warnings: 0, diagnostics: [{ file: "no-date.txt", line: 1, rule: "missing-date", severity: "error" }] });
  });
});
