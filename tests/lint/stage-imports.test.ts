import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult, type IConfiguration } from "dependency-cruiser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The stage rule in .dependency-cruiser.cjs, run through dependency-cruiser's API on small trees
// written to a temporary directory (never into src/), and once on the real src/.

const root = fileURLToPath(new URL("../..", import.meta.url));
const config = createRequire(import.meta.url)(join(root, ".dependency-cruiser.cjs")) as IConfiguration;

// The architecture as the brief states it, written out here rather than read from the config,
// so that an edit to the config's list that breaks it fails this test.
const baseFiles = ["src/article.ts", "src/site.config.ts", "src/common/x.ts", "src/types/x.ts"];
const levels = [["parse"], ["archive"], ["site"], ["render", "search"], ["incremental"], ["publish"], ["pipeline"], ["serve"], ["report"], ["cli"], ["bench"]];
const folders = levels.flat();
const level = (folder: string) => levels.findIndex((entry) => entry.includes(folder));

type Tree = Record<string, string>;
type Violation = { from: string; to: string; rule: string };

const temporaryDirs: string[] = [];
afterAll(() => temporaryDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function violations(tree: Tree): Promise<Violation[]> {
  const dir = mkdtempSync(join(tmpdir(), "broadsheet-stages-"));
  temporaryDirs.push(dir);
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return cruiseIn(dir);
}

async function cruiseIn(baseDir: string): Promise<Violation[]> {
  const result = await cruise(["src"], { ...config.options, baseDir, validate: true, ruleSet: { forbidden: config.forbidden ?? [] } });
  return (result.output as ICruiseResult).summary.violations.map((v) => ({ from: v.from, to: v.to, rule: v.rule.name }));
}

// A module whose only content is imports of the given files (paths from the repository root).
function importing(from: string, ...targets: string[]): string {
  const up = "../".repeat(from.split("/").length - 2) || "./";
  return targets.map((to) => `import "${up}${to.replace(/^src\//, "")}";\n`).join("") + "export {};\n";
}

describe("the stage import rule", () => {
  // One tree holds every pair: each base file imports every stage's leaf src/<folder>/to.ts, and each
  // src/<folder>/from.ts imports every base file and every other stage's leaf.
  const leaf = (folder: string) => `src/${folder}/to.ts`;
  const from = (folder: string) => `src/${folder}/from.ts`;
  let found: Violation[];

  beforeAll(async () => {
    const tree: Tree = {};
    for (const folder of folders) tree[leaf(folder)] = "export {};\n";
    for (const file of baseFiles) tree[file] = importing(file, ...folders.map(leaf));
    for (const folder of folders) tree[from(folder)] = importing(from(folder), ...baseFiles, ...folders.filter((other) => other !== folder).map(leaf));
    found = await violations(tree);
  });

  // What `importer` was refused, each with the rule that refused it.
  const refused = (importer: string) =>
    found
      .filter((v) => v.from === importer)
      .map((v) => `${v.to} ${v.rule}`)
      .sort();

  it("should let every stage import the base", () => {
    expect(found.filter((v) => baseFiles.includes(v.to))).toEqual([]);
  });

  it("should forbid the base from importing any stage", () => {
    for (const file of baseFiles) expect(refused(file), file).toEqual(folders.map((folder) => `${leaf(folder)} stage-base`).sort());
  });

  it("should forbid each stage from importing a later stage and allow every earlier one", () => {
    for (const folder of folders) {
      const expected = folders.filter((other) => other !== folder && level(other) >= level(folder)).map((other) => `${leaf(other)} stage-${folder}`);
      expect(refused(from(folder)), folder).toEqual(expected.sort());
    }
  });

  it("should forbid render and search, siblings, from importing each other", () => {
    expect(refused(from("render"))).toContain(`${leaf("search")} stage-render`);
    expect(refused(from("search"))).toContain(`${leaf("render")} stage-search`);
  });

  it("should let bench import every stage", () => {
    expect(refused(from("bench"))).toEqual([]);
  });

  it("should report a parse module importing from cli under the rule named after parse", () => {
    expect(found).toContainEqual({ from: "src/parse/from.ts", to: "src/cli/to.ts", rule: "stage-parse" });
  });
});

describe("the other import rules", () => {
  it("should count a type-only import as an import", async () => {
    const found = await violations({
      "src/parse/a.ts": 'import type { Options } from "../cli/options.ts";\nexport type Copy = Options;\n',
      "src/cli/options.ts": "export type Options = { watch: boolean };\n",
    });
    expect(found).toEqual([{ from: "src/parse/a.ts", to: "src/cli/options.ts", rule: "stage-parse" }]);
  });

  it("should report a circular import", async () => {
    const found = await violations({ "src/parse/a.ts": importing("src/parse/a.ts", "src/parse/b.ts"), "src/parse/b.ts": importing("src/parse/b.ts", "src/parse/a.ts") });
    expect(found.map((v) => v.rule)).toEqual(["no-circular"]);
  });

  it("should forbid src from importing tests", async () => {
    const found = await violations({ "src/cli/a.ts": 'import "../../tests/support/x.ts";\nexport {};\n', "tests/support/x.ts": "export {};\n" });
    expect(found).toEqual([{ from: "src/cli/a.ts", to: "tests/support/x.ts", rule: "src-not-tests" }]);
  });

  it("should report a src folder that is missing from the stage list", async () => {
    const found = await violations({ "src/extra/a.ts": 'import "../article.ts";\nexport {};\n', "src/article.ts": "export {};\n" });
    expect(found).toEqual([{ from: "src/extra/a.ts", to: "src/article.ts", rule: "stage-unlisted" }]);
  });

  it("should report an import that does not resolve", async () => {
    const found = await violations({ "src/parse/a.ts": 'import "./missing.ts";\nexport {};\n' });
    expect(found).toEqual([{ from: "src/parse/a.ts", to: "./missing.ts", rule: "resolvable" }]);
  });

  it("should find no violation in today's src tree", async () => {
    expect(await cruiseIn(root)).toEqual([]);
  });
});
