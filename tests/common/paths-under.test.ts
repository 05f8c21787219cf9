import path from "node:path";
import { describe, expect, it } from "vitest";
import { pathsUnder } from "../../src/common/paths-under.ts";

describe("pathsUnder", () => {
  it("should give each listed seed's path as path.join does, however the folder is written", () => {
    const seeds = ["a.md", "sub dir/Статья 1.txt", "2024/05/b.txt"];
    for (const folder of ["seeds", "seeds/", "./seeds", "seeds/../other", ".", "./", "/", "/abs/seeds", "/abs/seeds/", "../up"]) {
      expect(pathsUnder(folder, seeds), folder).toEqual(seeds.map((seed) => path.join(folder, seed)));
    }
  });
});
