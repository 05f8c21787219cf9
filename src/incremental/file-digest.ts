import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** The digest by which a build knows an input file's bytes. */
export const digestOf = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Whether each file still holds the bytes it had when read, by their digests (file path to digest). */
export function stillAsRead(digests: Readonly<Record<string, string>>): boolean {
  for (const [file, digest] of Object.entries(digests)) {
    try {
      if (digestOf(readFileSync(file)) !== digest) return false;
    } catch {
      return false; // gone, or unreadable: the build will say which
    }
  }
  return true;
}
