// HTML validation with the Nu HTML Checker (the W3C validator) from the `vnu-jar` package.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** Path of `vnu.jar` (the package's default export is that path as a `String` object). */
export const vnuJar: string = String(createRequire(import.meta.url)("vnu-jar"));

export interface HtmlError {
  /** Absolute path of the checked file. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** The source around the error, as vnu quotes it. */
  extract?: string;
}

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Validates HTML files in ONE Java run (start-up costs 3–5 s, each extra file a few ms) and
 * returns the errors (warnings are left out). Every path is checked as HTML, whatever its
 * extension. A missing file throws: vnu itself skips it silently. Uses `java` from PATH, or
 * `$JAVA` when set.
 */
export async function validateHtml(files: string[]): Promise<HtmlError[]> {
  if (files.length === 0) return [];
  const paths = files.map((file) => resolve(file));
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`validateHtml: no such file: ${missing.join(", ")}`);

  const java = process.env.JAVA ?? "java";
  const args = ["-jar", vnuJar, "--format", "json", "--stdout", "--exit-zero-always", ...paths];
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(java, args, { maxBuffer: 256 * 1024 * 1024 }));
  } catch (error) {
    const hint = (error as NodeJS.ErrnoException).code === "ENOENT" ? " (install Java: apt-get install -y default-jre-headless)" : "";
    throw new Error(`validateHtml: could not run ${java} -jar vnu.jar${hint}: ${(error as Error).message}`, { cause: error });
  }

  const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
  return messages
    .filter((message) => message.type !== "info")
    .map((message) => ({
      file: message.url?.startsWith("file:") ? fileURLToPath(new URL(message.url)) : (message.url ?? "(unknown)"),
      line: message.lastLine,
      column: message.firstColumn,
      message: message.message,
      extract: message.extract,
    }));
}

/** One `file:line:column: message` line per error, paths relative to `base` (the cwd by default). */
export function formatHtmlErrors(errors: HtmlError[], base: string = process.cwd()): string {
  return errors
    .map((error) => {
      const where = [relative(base, error.file) || error.file, error.line, error.column].filter((part) => part !== undefined).join(":");
      return `${where}: ${error.message}`;
    })
    .join("\n");
}
