import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_PATHS } from "../common/project-root.ts";
import { lockedPackages } from "./locked-packages.ts";
import { moduleGraph } from "./module-graph.ts";

/** What a stage's output depends on besides its data: files of the project, and installed packages. */
export interface CodeInputs {
  /** Paths relative to the project root, sorted. */
  files: string[];
  /** `name@version` of every package the files load, with what those need, sorted. */
  packages: string[];
}

/**
 * The inputs of a program: the modules reachable from its entries, every file under the given
 * folders (templates, static files), and the locked versions of the packages those modules load.
 */
export async function codeInputs(root: string, entries: string[], folders: string[] = []): Promise<CodeInputs> {
  const graph = await moduleGraph(root, entries);
  const inFolders = (await Promise.all(folders.map((folder) => filesUnder(root, folder)))).flat();
  const lockfile = await readFile(path.join(root, PROJECT_PATHS.lockfile), "utf8").catch(() => null);
  // Without a lockfile (an unusual install) the named packages stand alone, unversioned.
  const packages = lockfile === null ? graph.packages : lockedPackages(lockfile, graph.packages);
  return { files: [...new Set([...graph.files, ...inFolders])].sort(), packages };
}

/** A hash of the inputs' bytes and versions, and of `context` (a configuration, as text). */
export async function hashInputs(root: string, inputs: CodeInputs, context = ""): Promise<string> {
  const hash = createHash("sha256").update(context).update("\0");
  for (const file of inputs.files)
    hash
      .update(file)
      .update("\0")
      .update(await readFile(path.join(root, file)))
      .update("\0");
  for (const name of inputs.packages) hash.update(name).update("\0");
  return hash.digest("hex");
}

async function filesUnder(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}
