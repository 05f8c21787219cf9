import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parserInputs, parserVersion, renderInputs, renderVersion } from "../../src/incremental/versions.ts";
import { siteConfig } from "../../src/site.config.ts";
import { copyProject } from "../support/project-copy.ts";

describe("renderInputs and parserInputs", () => {
  it("should find the render path's modules, templates, static files and packages without a list of them", async () => {
    const { files, packages } = await renderInputs();
    expect(files).toEqual(
      expect.arrayContaining([
        ".eleventy.ts",
        "src/render/render-run.ts",
        "src/render/eleventy-plugin.ts",
        "src/site/structured-data.ts",
        "src/site/format.ts",
        "src/search/search-records.ts",
        "layouts/_includes/base.njk",
        "public/styles.css",
      ]),
    );
    expect(files).not.toContain("src/pipeline/build-site.ts");
    expect(packages.some((name) => name.startsWith("@11ty/eleventy@"))).toBe(true);
    expect(packages.some((name) => name.startsWith("pagefind@"))).toBe(true);
  });

  it("should find every module and package that shapes a parse, deep dependencies included", async () => {
    const { files, packages } = await parserInputs();
    expect(files).toEqual(expect.arrayContaining(["src/parse/parse-seed.ts", "src/parse/decode-seed.ts", "src/parse/parse-seed-bytes.ts"]));
    expect(files.every((file) => file.startsWith("src/parse/") || file === "src/article.ts" || file.startsWith("src/common/"))).toBe(true);
    for (const name of ["micromark", "mdast-util-from-markdown", "js-yaml", "remark-parse", "gray-matter"])
      expect(
        packages.some((entry) => entry.startsWith(`${name}@`)),
        name,
      ).toBe(true);
    expect(packages.some((entry) => entry.startsWith("@11ty/eleventy@"))).toBe(false);
  });

  it("should count compromise, which the parser loads lazily (a type import names it), and the entity modules", async () => {
    const { files, packages } = await parserInputs();
    expect(files).toEqual(expect.arrayContaining(["src/parse/entities.ts", "src/parse/entity-spans.ts", "src/parse/entity-names.ts"]));
    expect(packages.some((entry) => entry.startsWith("compromise@"))).toBe(true);
  });

  it("should count the CSL styles the parse reads by `new URL` among its files, and the processor among its packages", async () => {
    const { files, packages } = await parserInputs();
    expect(files).toEqual(
      expect.arrayContaining(["src/parse/citation-styles/apa.csl", "src/parse/citation-styles/chicago-notes-bibliography.csl", "src/parse/citation-styles/modern-language-association.csl"]),
    );
    expect(packages.some((entry) => entry.startsWith("citeproc@"))).toBe(true);
    expect((await renderInputs()).files.some((file) => file.endsWith(".csl"))).toBe(false);
  });
});

describe("renderVersion and parserVersion", () => {
  let root: string;
  beforeAll(async () => {
    root = await copyProject();
  });

  it("should change with each file the render depends on, and not with a file it does not", async () => {
    const before = await renderVersion(siteConfig, root);
    const { files } = await renderInputs(root);
    for (const file of files) {
      const original = await readFile(path.join(root, file));
      await writeFile(path.join(root, file), Buffer.concat([original, Buffer.from("\n")]));
      expect(await renderVersion(siteConfig, root), file).not.toBe(before);
      await writeFile(path.join(root, file), original);
    }
    await writeFile(path.join(root, "src/pipeline/build-site.ts"), "// another orchestration\n", { flag: "a" });
    expect(await renderVersion(siteConfig, root)).toBe(before);
    expect(await renderVersion({ ...siteConfig, title: "Another" }, root)).not.toBe(before);
  });

  it("should change with each parser module and with the locked version of a package deep under the parser", async () => {
    const before = await parserVersion(root);
    const { files } = await parserInputs(root);
    for (const file of files) {
      const original = await readFile(path.join(root, file));
      await writeFile(path.join(root, file), Buffer.concat([original, Buffer.from("\n")]));
      expect(await parserVersion(root), file).not.toBe(before);
      await writeFile(path.join(root, file), original);
    }
    const lockfile = path.join(root, "package-lock.json");
    const original = await readFile(lockfile, "utf8");
    const lock = JSON.parse(original) as { packages: Record<string, { version: string }> };
    lock.packages["node_modules/micromark"]!.version = "0.0.0-test";
    await writeFile(lockfile, JSON.stringify(lock));
    expect(await parserVersion(root)).not.toBe(before);
    expect(await renderVersion(siteConfig, root)).toBe(await renderVersion(siteConfig, root)); // stable
    await writeFile(lockfile, original);
    expect(await parserVersion(root)).toBe(before);
  });

  it("should change the parser version, not the render version, when a CSL style is edited", async () => {
    const [parser, render] = [await parserVersion(root), await renderVersion(siteConfig, root)];
    const style = path.join(root, "src/parse/citation-styles/apa.csl");
    const original = await readFile(style, "utf8");
    await writeFile(style, original.replace("APA Style 7th edition", "APA Style, edited"));
    expect(await parserVersion(root)).not.toBe(parser);
    expect(await renderVersion(siteConfig, root)).toBe(render);
    await writeFile(style, original);
  });
});
