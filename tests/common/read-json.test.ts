import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readJson } from "../../src/common/read-json.ts";
import { tempDir } from "../e2e/cli.ts";

describe("readJson", () => {
  it("should read a large file whole, characters of several bytes included wherever the reads cut it", async () => {
    const value = { titles: Array.from({ length: 40_000 }, (_, index) => `Zürich’s ${index} — 東京 🌊`) };
    const file = path.join(await tempDir(), "large.json");
    await writeFile(file, JSON.stringify(value));
    expect(await readJson(file)).toEqual(value);
  });

  it("should fail on a file cut short, as JSON.parse does", async () => {
    const file = path.join(await tempDir(), "cut.json");
    await writeFile(file, '{"a": [1, 2');
    await expect(readJson(file)).rejects.toThrow(SyntaxError);
  });
});
