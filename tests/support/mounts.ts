import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A small tmpfs of its own (a disk that can really fill up, or be made read-only), or null
 * where this process may not mount one: not root, or no mount command. CI runs as root, so
 * there the tests that need one must run.
 */
export function mountTmpfs(sizeMb: number, options = ""): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "broadsheet-disk-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeMb}m${options ? `,${options}` : ""}`, "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    return null;
  }
}

export function remount(dir: string, options: string): void {
  execFileSync("mount", ["-o", `remount,${options}`, dir], { stdio: "ignore" });
}

export function unmount(dir: string): void {
  try {
    execFileSync("umount", [dir], { stdio: "ignore" });
  } catch {
    // already gone
  }
}

/** Why a test that needs a mount is skipped here, said once; under CI=true such a test fails instead. */
export const NO_MOUNT = "needs root to mount a small tmpfs (CI runs as root); skipped here";
