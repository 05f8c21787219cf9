import { cp, symlink } from "node:fs/promises";
import path from "node:path";
import { projectRoot, tempDir } from "../e2e/cli.ts";

/**
 * A copy of the project's code, templates and static files in a temporary folder, sharing the
 * installed packages: a test can edit any of them without touching the project itself.
 */
export async function copyProject(): Promise<string> {
  const root = path.join(await tempDir(), "project");
  for (const name of ["src", "layouts", "public", ".eleventy.ts", "package.json", "package-lock.json", "tsconfig.json"]) {
    await cp(path.join(projectRoot, name), path.join(root, name), { recursive: true });
  }
  await symlink(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"));
  return root;
}
