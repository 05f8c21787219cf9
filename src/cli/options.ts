import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../common/project-root.ts";
import { siteConfig, type SiteConfig } from "../site.config.ts";

export interface CliOptions {
  seedsDir: string;
  outputDir: string;
  site: SiteConfig;
  port: number;
  json: boolean;
  /** `npm run check -- --strict`: warnings fail the check too. */
  strict: boolean;
  /** Where parse results and build manifests are kept between builds; null with `--no-cache`. */
  cacheDir: string | null;
}

/**
 * The options every command shares. Relative folders are taken from where the user ran
 * `npm run …` (npm runs scripts from the project root and keeps the caller's folder in INIT_CWD).
 */
export function readCliOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: "string", default: "seeds" },
      output: { type: "string", default: "_site" },
      "path-prefix": { type: "string" },
      "base-url": { type: "string" },
      port: { type: "string", default: "8080" },
      json: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
    },
    strict: true,
  });
  const from = process.env.INIT_CWD ?? process.cwd();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port number: use 0–65535`);
  return {
    seedsDir: path.resolve(from, values.seeds),
    outputDir: path.resolve(from, values.output),
    site: {
      ...siteConfig,
      pathPrefix: values["path-prefix"] ?? siteConfig.pathPrefix,
      baseUrl: values["base-url"] ?? siteConfig.baseUrl,
    },
    port,
    json: values.json,
    strict: values.strict,
    cacheDir: values["no-cache"] ? null : path.resolve(from, values["cache-dir"] ?? path.join(projectRoot, ".cache/broadsheet")),
  };
}

/** A folder as the user would like to read it: relative when it is under the current folder. */
export function displayPath(folder: string): string {
  const relative = path.relative(process.cwd(), folder);
  return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? folder : relative;
}

/** Runs a command's main function, turning a thrown error into a message and exit code 2. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`broadsheet: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
