import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockedPackages } from "../../src/incremental/locked-packages.ts";
import { moduleGraph } from "../../src/incremental/module-graph.ts";
import { tempDir } from "../e2e/cli.ts";

async function tree(files: Record<string, string>): Promise<string> {
  const root = await tempDir();
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

describe("moduleGraph", () => {
  it("should follow static, type, dynamic and re-export imports and worker URLs, and collect the packages", async () => {
    const root = await tree({
      "src/entry.ts":
        'import { a } from "./a.ts";\nimport type { T } from "../types/t.ts";\nexport { b } from "./b.ts";\nconst w = new URL("./worker.ts", import.meta.url);\nconst root = new URL("../../", import.meta.url);\nimport fs from "node:fs";\nimport { unified } from "unified";\nimport x from "@11ty/eleventy/package.json";',
      "src/a.ts": 'export const a = await import("./lazy.ts");\nconst pf = import.meta.resolve("pagefind");',
      "src/b.ts": "export const b = 1;",
      "src/lazy.ts": "export {};",
      "src/worker.ts": 'import "./side-effect.ts";',
      "src/side-effect.ts": "",
      "src/unused.ts": 'import "left-out";',
      "types/t.ts": "export type T = 1;",
    });
    const graph = await moduleGraph(root, ["src/entry.ts"]);
    expect(graph.files).toEqual(["src/a.ts", "src/b.ts", "src/entry.ts", "src/lazy.ts", "src/side-effect.ts", "src/worker.ts", "types/t.ts"]);
    expect(graph.packages).toEqual(["@11ty/eleventy", "pagefind", "unified"]);
  });

  it("should pass over a file named in a comment that does not exist, and fail on a missing entry", async () => {
    const root = await tree({ "src/entry.ts": '// as in `new URL("./x.ts", import.meta.url)`\nimport "./a.ts";', "src/a.ts": "" });
    expect((await moduleGraph(root, ["src/entry.ts"])).files).toEqual(["src/a.ts", "src/entry.ts"]);
    await expect(moduleGraph(root, ["src/missing.ts"])).rejects.toThrow(/ENOENT/);
  });
});

describe("lockedPackages", () => {
  const lockfile = JSON.stringify({
    lockfileVersion: 3,
    packages: {
      "": { dependencies: { "remark-parse": "^11", eslint: "^9" } },
      "node_modules/remark-parse": { version: "11.0.0", dependencies: { micromark: "^4", "mdast-util-from-markdown": "^2" } },
      "node_modules/mdast-util-from-markdown": { version: "2.1.0", dependencies: { micromark: "^3" } },
      "node_modules/mdast-util-from-markdown/node_modules/micromark": { version: "3.2.0" },
      "node_modules/micromark": { version: "4.0.3", optionalDependencies: { "fsevents-like": "^1" } },
      "node_modules/eslint": { version: "9.0.0" },
    },
  });

  it("should give the named packages and all they depend on, nested copies as Node resolves them", () => {
    expect(lockedPackages(lockfile, ["remark-parse"])).toEqual(["mdast-util-from-markdown@2.1.0", "micromark@3.2.0", "micromark@4.0.3", "remark-parse@11.0.0"]);
  });

  it("should leave out packages the named ones do not need, and names that are not installed", () => {
    expect(lockedPackages(lockfile, ["micromark", "mdast"])).toEqual(["micromark@4.0.3"]);
  });
});
