import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ParseResult } from "../parse/parse-seed.ts";
import { projectRoot } from "./project-root.ts";

/** Packages whose behaviour shapes a parse result: a new version of any of them starts afresh. */
const PARSER_PACKAGES = ["unified", "remark-parse", "remark-html", "gray-matter", "@sindresorhus/slugify", "mdast-util-to-string", "zod"];

let parserVersion: Promise<string> | undefined;

/** A hash of the parser's own code and the versions of the packages it uses. */
export function getParserVersion(): Promise<string> {
  parserVersion ??= (async () => {
    const hash = createHash("sha256");
    const parseDir = path.join(projectRoot, "src/parse");
    for (const name of (await readdir(parseDir)).sort()) hash.update(name).update(await readFile(path.join(parseDir, name)));
    hash.update(await readFile(path.join(projectRoot, "src/build/decode-seed.ts")));
    for (const name of PARSER_PACKAGES) {
      const manifest = JSON.parse(await readFile(path.join(projectRoot, "node_modules", name, "package.json"), "utf8")) as { version: string };
      hash.update(`${name}@${manifest.version}`);
    }
    return hash.digest("hex");
  })();
  return parserVersion;
}

/**
 * Parse results kept on disk, one file per seed version, keyed by a hash of the parser's version,
 * the seed's path, its bytes and the parse options. A key never names a stale result, so the cache
 * can only save time, never change the output; a missing or unreadable entry is parsed again.
 * The folder is safe to delete.
 */
export class ParseCache {
  constructor(private readonly dir: string | null) {}

  key(version: string, seedFile: string, bytes: Uint8Array, options: unknown): string {
    return createHash("sha256").update(version).update("\0").update(seedFile).update("\0").update(JSON.stringify(options)).update("\0").update(bytes).digest("hex");
  }

  async get(key: string): Promise<ParseResult | undefined> {
    if (!this.dir) return undefined;
    try {
      return JSON.parse(await readFile(this.entry(key), "utf8")) as ParseResult;
    } catch {
      return undefined;
    }
  }

  async set(key: string, result: ParseResult): Promise<void> {
    if (!this.dir) return;
    const file = this.entry(key);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(result));
    await rename(temporary, file); // never a half-written entry
  }

  private entry(key: string): string {
    return path.join(this.dir!, "parsed", key.slice(0, 2), `${key}.json`);
  }
}
