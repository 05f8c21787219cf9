import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
export const fixtures = path.join(projectRoot, "tests/fixtures");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of Broadsheet's commands (`build`, `check`, `merge`) as a user would, in a child process. */
export function runCli(command: "build" | "check" | "merge", args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runScript(`src/cli/${command}.ts`, args, env);
}

/** Runs a TypeScript file of the project (a path from its root) in a child process. */
export function runScript(file: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(projectRoot, file), ...args],
      // Progress lines depend on how long a step takes on a busy machine: only the tests of them ask for them.
      { cwd: projectRoot, env: { ...process.env, BROADSHEET_PROGRESS_EVERY_MS: "3600000", ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export async function tempDir(prefix = "broadsheet-"): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** A fresh copy of a fixture folder, so a test can add or break seeds. */
export async function copyFixture(name: string): Promise<string> {
  const dir = path.join(await tempDir(), name);
  await cp(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

/** Every file under a folder with the SHA-256 of its bytes, by relative path. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1))) {
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(dir, file)] = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
  }
  return hashes;
}

export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Every record of a built site, newest first: the years' files `/articles.json` names, in its order (README, The record). */
export async function readRecords<T = Record<string, unknown>>(site: string, pathPrefix = "/"): Promise<T[]> {
  const index = JSON.parse(await readFile(path.join(site, "articles.json"), "utf8")) as { years: Array<{ url: string }> };
  const years = await Promise.all(index.years.map(async ({ url }) => JSON.parse(await readFile(path.join(site, url.slice(pathPrefix.length)), "utf8")) as { articles: T[] }));
  return years.flatMap((year) => year.articles);
}
