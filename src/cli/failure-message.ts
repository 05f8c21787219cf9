import { statfsSync } from "node:fs";
import path from "node:path";

/** Less free space than this on the output's disk after a failure means the disk was full. */
const NEARLY_FULL_BYTES = 8 * 2 ** 20;

/**
 * One line saying why a build failed and what to do, for any error a stage may throw: the
 * system's own codes (a full disk, a folder that cannot be written) are named in words, a
 * nested cause is looked through (Eleventy wraps the error of a write), and no stack is shown.
 */
export function failureMessage(error: unknown, outputDir?: string): string {
  const errno = findErrno(error);
  const where = errno?.path ?? outputDir;
  if (errno?.code === "ENOSPC" || errno?.code === "EDQUOT" || (outputDir && freeBytes(outputDir) < NEARLY_FULL_BYTES)) {
    const folder = outputDir ?? where ?? ".";
    const free = freeBytes(folder);
    return `the disk holding ${path.dirname(path.resolve(folder))} is full (${Number.isFinite(free) ? `${mb(free)} free` : "no space left"}): free some space, or build elsewhere with --output DIR; the previous site is unchanged`;
  }
  if (errno?.code === "EROFS") return `${where ?? "the output folder"} is on a read-only file system: build elsewhere with --output DIR`;
  if (errno?.code === "EACCES" || errno?.code === "EPERM")
    return `cannot write ${where ?? "the output folder"}: permission denied; make it writable for this user, or build elsewhere with --output DIR`;
  return oneLine(messageOf(error));
}

interface Errno {
  code: string;
  path?: string;
}

/** The first error in the chain of causes that carries a system error code. */
function findErrno(error: unknown): Errno | undefined {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    const candidate = current as { code?: unknown; path?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof candidate.code === "string" && /^E[A-Z]+$/.test(candidate.code)) return { code: candidate.code, path: typeof candidate.path === "string" ? candidate.path : undefined };
    current = candidate.cause ?? candidate.originalError;
  }
  return undefined;
}

/** The message with the messages of its causes, innermost last: Eleventy's own says only which template failed. */
function messageOf(error: unknown): string {
  const parts: string[] = [];
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    if (message && !parts.some((part) => part.includes(message))) parts.push(message);
    const candidate = current as { cause?: unknown; originalError?: unknown };
    current = candidate.cause ?? candidate.originalError;
  }
  return parts.join(": ");
}

/** The text's lines joined, stack frames left out: Nunjucks puts the template's line and the error on lines of their own. */
function oneLine(text: string): string {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("at "));
  return lines.join(" ") || "unknown error";
}

function freeBytes(folder: string): number {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    try {
      const stats = statfsSync(current);
      return stats.bavail * stats.bsize;
    } catch {
      if (path.dirname(current) === current) return Infinity;
    }
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
