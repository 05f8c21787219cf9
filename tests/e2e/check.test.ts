import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, fixtures, runCli } from "./cli.ts";

// The fixture archive is good, but not spotless: two short bodies and two related articles that
// are not archived are warnings, which never fail a check without --strict.
const FIXTURE_SUMMARY = "4 articles, 0 errors, 4 warnings: 2 short-body, 2 unresolved-related";

describe("npm run check", () => {
  it("should pass good seeds without building anything, counting warnings by rule", async () => {
    const run = await runCli("check", ["--seeds", path.join(fixtures, "archive")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(FIXTURE_SUMMARY);
    expect(run.stdout).toMatch(/council-budget\.txt:7:1: warning: the body has only 15 words .* \[short-body\]/);
  });

  it("should report bad seeds with the build's messages, as text or JSON", async () => {
    const seeds = await copyFixture("archive");
    await writeFile(path.join(seeds, "no-date.txt"), "# Undated\n\nBody.\n");
    const text = await runCli("check", ["--seeds", seeds]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/no-date\.txt:1:1: error: the seed has no usable date: .* \[missing-date\]/);
    expect(text.stderr).toContain("4 articles, 1 error in 1 seed, 4 warnings: 2 short-body, 2 unresolved-related");

    const json = await runCli("check", ["--seeds", seeds, "--json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ articles: 4, errors: 1, warnings: 4, errorsByRule: { "missing-date": 1 }, warningsByRule: { "short-body": 2, "unresolved-related": 2 } });
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity === "error")).toEqual([
      expect.objectContaining({ file: "no-date.txt", line: 1, column: 1, rule: "missing-date", severity: "error" }),
    ]);
  });

  it("should fail on warnings with --strict, and only then", async () => {
    const seeds = path.join(fixtures, "archive");
    const strict = await runCli("check", ["--seeds", seeds, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(FIXTURE_SUMMARY);
    expect(strict.stderr).toContain("--strict: warnings fail the check");
    expect(JSON.parse((await runCli("check", ["--seeds", seeds, "--strict", "--json"])).stdout)).toMatchObject({ ok: false, strict: true, errors: 0 });
  });

  it("should take an updated capture of an archived original for a version, and report only a plain copy", async () => {
    const seeds = await copyFixture("archive");
    const budget = "# City Council Approves the 2025 Budget (updated)\n\nJan. 6, 2025\n\nThe budget, corrected.\n\nOriginal url: <https://www.cityherald.example/2025/01/05/budget>\n";
    await writeFile(path.join(seeds, "council-budget-2.txt"), budget);
    const updated = await runCli("check", ["--seeds", seeds]);
    expect(updated.code).toBe(0);
    expect(updated.stdout).not.toContain("duplicate-source");

    await writeFile(path.join(seeds, "council-budget-copy.txt"), await readFile(path.join(seeds, "council-budget.txt")));
    const run = await runCli("check", ["--seeds", seeds]);
    expect(run.stdout).toMatch(
      /council-budget-copy\.txt:9:1: warning: the same source URL, headline and text as council-budget\.txt, and no other capture time: a copy, not a new version: .* \[duplicate-source\]/,
    );
    expect(run.stdout).toMatch(/council-budget\.txt:9:1: warning: the same source URL, headline and text as council-budget-copy\.txt, .* \[duplicate-source\]/);
    expect(run.stdout).toContain("4 articles, 0 errors, 8 warnings: 4 short-body, 2 duplicate-source, 2 unresolved-related"); // three captures of one, as the build counts them
  });
});
