import { createHash } from "node:crypto";
import type { SeedFiles } from "./seed-reader.ts";

/**
 * A hash of everything a build reads: the seeds and the pictures beside them (by path and
 * digest), the files that are not seeds, the parser's and the render's versions, and the day
 * (which decides future-date warnings). A build whose fingerprint equals the last one's has
 * nothing to do.
 */
export function buildFingerprint({ seeds, skipped, pictures = [] }: SeedFiles, versions: { parser: string; render: string }, today: string): string {
  const hash = createHash("sha256").update(versions.parser).update(versions.render).update(today);
  for (const { file, digest } of seeds) hash.update(`\0${file}\0${digest}`);
  for (const { file, digest } of pictures) hash.update(`\0picture\0${file}\0${digest}`);
  hash.update(JSON.stringify(skipped));
  return hash.digest("hex");
}

/** A hash of the seeds folder alone (seeds, pictures, skipped files): what the shards of a split build must agree on. */
export function seedsDigest({ seeds, skipped, pictures = [] }: SeedFiles): string {
  return buildFingerprint({ seeds, skipped, pictures }, { parser: "", render: "" }, "");
}
