import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFiles } from "../../src/common/split-file-checks.ts";
import { tempDir } from "../e2e/cli.ts";

describe("checkFiles", () => {
  it("should say which files are missing, in the order given, whether a second thread takes part of them or not", async () => {
    const dir = await tempDir();
    const files = ["a", "b", "c", "d", "e", "f", "g"].map((name) => path.join(dir, `${name}.html`));
    for (const file of [files[0]!, files[2]!, files[5]!]) await writeFile(file, "here");
    const expected = [0, 1, 0, 1, 1, 0, 1];
    expect([...(await checkFiles("missingFlags", files))]).toEqual(expected);
    expect([...(await checkFiles("missingFlags", files, { splitFrom: 2 }))]).toEqual(expected);
  });

  it("should give each file's stat numbers in one buffer, five a file, the same from two threads as from one", async () => {
    const dir = await tempDir();
    const files = ["a", "b", "c", "d", "e"].map((name) => path.join(dir, name));
    for (const [index, file] of files.entries()) await writeFile(file, "x".repeat(index));
    const one = await checkFiles("statNumbers", files);
    expect(one).toBeInstanceOf(Float64Array);
    expect([...one].filter((_, at) => at % 5 === 0)).toEqual([0, 1, 2, 3, 4]); // the sizes
    expect([...(await checkFiles("statNumbers", files, { splitFrom: 2 }))]).toEqual([...one]);
  });
});
