import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commitInPlace, finishInterruptedCommit } from "../../src/publish/commit-journal.ts";
import { hashTree, tempDir } from "../e2e/cli.ts";

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

async function siteAndStaging() {
  const parent = await tempDir();
  const output = path.join(parent, "site");
  const staging = path.join(parent, "site.staging-1-1");
  write(output, "index.html", "old home");
  write(output, "2025/01/01/gone/index.html", "a deleted article");
  write(output, "2025/01/02/kept/index.html", "kept");
  write(staging, "index.html", "new home");
  write(staging, "2026/02/03/new/index.html", "a new article");
  const journal = { staging, moves: ["index.html", "2026/02/03/new/index.html"], removals: ["2025/01/01/gone/index.html"], then: { file: path.join(parent, "cache/manifest.json"), content: "{}" } };
  return { parent, output, staging, journal };
}

describe("commitInPlace", () => {
  it("should move the new files in, remove the old ones with their empty folders, then write the manifest", async () => {
    const { parent, output, staging, journal } = await siteAndStaging();
    commitInPlace(journal, output);
    expect(Object.keys(await hashTree(output)).sort()).toEqual(["2025/01/02/kept/index.html", "2026/02/03/new/index.html", "index.html"]);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("new home");
    expect(existsSync(path.join(output, "2025/01/01"))).toBe(false);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(`${output}.journal.json`)).toBe(false);
    expect(readFileSync(path.join(parent, "cache/manifest.json"), "utf8")).toBe("{}");
    expect(existsSync(path.join(parent, "cache/manifest.json.next"))).toBe(false);
  });

  it("should finish a commit that was interrupted after some moves", async () => {
    const { output, journal } = await siteAndStaging();
    mkdirSync(path.dirname(journal.then.file), { recursive: true });
    writeFileSync(`${journal.then.file}.next`, journal.then.content); // the manifest was written beside its place,
    writeFileSync(`${output}.journal.json`, JSON.stringify({ ...journal, then: { file: journal.then.file } })); // the journal was written…
    const { renameSync } = await import("node:fs");
    renameSync(path.join(journal.staging, "index.html"), path.join(output, "index.html")); // …and one move made
    finishInterruptedCommit(output);
    expect(readFileSync(path.join(output, "2026/02/03/new/index.html"), "utf8")).toBe("a new article");
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("new home");
    expect(existsSync(path.join(output, "2025/01/01/gone/index.html"))).toBe(false);
    expect(existsSync(`${output}.journal.json`)).toBe(false);
    expect(readFileSync(journal.then.file, "utf8")).toBe("{}");
  });

  it("should do nothing when no commit was interrupted", async () => {
    const { output } = await siteAndStaging();
    const before = await hashTree(output);
    finishInterruptedCommit(output);
    expect(await hashTree(output)).toEqual(before);
  });
});
