import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderInputs } from "../../src/incremental/versions.ts";
import { copyProject } from "../support/project-copy.ts";
import { fixtures, hashTree, tempDir } from "./cli.ts";

/** `npm run build` of a copy of the project, as a user of that copy would run it. */
function build(root: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", path.join(root, "src/cli/build.ts"), "--seeds", path.join(fixtures, "archive"), ...args], { cwd: root }, (error) =>
      resolve(error ? Number(error.code ?? 1) : 0),
    );
  });
}

/**
 * Edits of render inputs found by `renderInputs` (a template, a static file, a module of the
 * render path): after each, a warm build must give the site a build without any cache gives.
 */
const EDITS: Array<{ file: string; edit: (text: string) => string }> = [
  { file: "layouts/_includes/base.njk", edit: (text) => text.replace("</footer>", "<p>Edited footer.</p></footer>") },
  { file: "public/styles.css", edit: (text) => `${text}\n.edited { color: red; }\n` },
  { file: "src/render/render-run.ts", edit: (text) => text.replace('addGlobalData("site", site)', 'addGlobalData("site", { ...site, title: "Edited Title" })') },
];

describe("a render input edited between builds", () => {
  let root: string;
  let output: string;
  let cache: string;
  beforeAll(async () => {
    root = await copyProject();
    output = path.join(await tempDir(), "site");
    cache = path.join(await tempDir(), "cache");
    expect(await build(root, ["--output", output, "--cache-dir", cache])).toBe(0);
  });

  it.each(EDITS)("should not leave stale pages after an edit of $file", async ({ file, edit }) => {
    expect((await renderInputs(root)).files).toContain(file);
    const before = await readFile(path.join(root, file), "utf8");
    const after = edit(before);
    expect(after).not.toBe(before); // the edit applies to today's text
    await writeFile(path.join(root, file), after);
    const previous = await hashTree(output);
    expect(await build(root, ["--output", output, "--cache-dir", cache])).toBe(0);
    const fresh = path.join(await tempDir(), "site");
    expect(await build(root, ["--output", fresh, "--no-cache"])).toBe(0);
    const warm = await hashTree(output);
    expect(warm).toEqual(await hashTree(fresh));
    expect(warm).not.toEqual(previous); // the edit shows in the site
  });
});
