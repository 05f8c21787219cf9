import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertWritten, carryOver } from "../../src/publish/carry-over.ts";
import { tempDir } from "../e2e/cli.ts";

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

async function previousAndNext() {
  const parent = await tempDir();
  const previous = path.join(parent, "site");
  const next = path.join(parent, "site.staging-1-1");
  write(previous, "index.html", "home");
  write(previous, "2025/01/01/kept/index.html", "a kept article");
  write(previous, "2025/01/02/also-kept/index.html", "another");
  mkdirSync(next);
  return { previous, next };
}

describe("carryOver", () => {
  it("should hard-link each file into the new site, not copy it", async () => {
    const { previous, next } = await previousAndNext();
    carryOver(["index.html", "2025/01/01/kept/index.html"], previous, next);
    for (const file of ["index.html", "2025/01/01/kept/index.html"]) {
      const [before, after] = [statSync(path.join(previous, file)), statSync(path.join(next, file))];
      expect(after.ino).toBe(before.ino);
      expect(after.dev).toBe(before.dev);
      expect(after.nlink).toBe(2);
    }
  });

  it("should make the folders the files go in", async () => {
    const { previous, next } = await previousAndNext();
    carryOver(["2025/01/01/kept/index.html", "2025/01/02/also-kept/index.html"], previous, next);
    expect(readFileSync(path.join(next, "2025/01/01/kept/index.html"), "utf8")).toBe("a kept article");
    expect(readFileSync(path.join(next, "2025/01/02/also-kept/index.html"), "utf8")).toBe("another");
  });

  it("should return the files missing from the previous site, and carry over the others", async () => {
    const { previous, next } = await previousAndNext();
    const failed = carryOver(["2024/12/31/lost/index.html", "index.html", "feed.json"], previous, next);
    expect(failed).toEqual(["2024/12/31/lost/index.html", "feed.json"]);
    expect(existsSync(path.join(next, "index.html"))).toBe(true);
    expect(existsSync(path.join(next, "feed.json"))).toBe(false);
  });

  it("should count a file the new site already has as carried over", async () => {
    const { previous, next } = await previousAndNext();
    write(next, "index.html", "a home written by this build");
    expect(carryOver(["index.html"], previous, next)).toEqual([]);
    expect(readFileSync(path.join(next, "index.html"), "utf8")).toBe("a home written by this build");
  });
});

describe("assertWritten", () => {
  it("should pass when every planned file is there", async () => {
    const { previous } = await previousAndNext();
    expect(() => assertWritten(["index.html", "2025/01/01/kept/index.html"], previous)).not.toThrow();
  });

  it("should throw naming a missing file and the fix", async () => {
    const { previous } = await previousAndNext();
    expect(() => assertWritten(["index.html", "2026/03/04/unwritten/index.html"], previous)).toThrow(/1 page\(s\).*2026\/03\/04\/unwritten\/index\.html.*layouts\/ has a template/);
  });
});
