import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../common/project-root.ts";
import { releaseLocksNow } from "../publish/output-lock.ts";
import { discardStagingNow } from "../publish/output-swap.ts";
import type { Progress } from "../common/progress.ts";
import { progressLines, progressMode } from "../report/progress-lines.ts";
import { failureMessage } from "./failure-message.ts";
import { parseShardOption } from "./shard-option.ts";
import type { ShardSpec } from "../site/shard-years.ts";
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
  /** `--quiet`: no progress lines while a long build runs. */
  quiet: boolean;
  /** `npm run build -- --shard K/N`: build one part of a split build; null builds the whole site. */
  shard: ShardSpec | null;
  /** Folders named after the options (`npm run merge -- --output SITE DIR…`), resolved. */
  folders: string[];
}

/**
 * The options every command shares. Relative folders are taken from where the user ran
 * `npm run …` (npm runs scripts from the project root and keeps the caller's folder in INIT_CWD).
 */
export function readCliOptions(argv: string[], { folders = false, shards = false } = {}): CliOptions {
  const { values, positionals } = parseArgs({
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
      quiet: { type: "boolean", default: false },
      shard: { type: "string" },
    },
    strict: true,
    allowPositionals: folders,
  });
  const from = process.env.INIT_CWD ?? process.cwd();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port number: use 0–65535`);
  if (values.shard !== undefined && !shards) throw new Error(`--shard is for npm run build: this command works on the whole archive`);
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
    quiet: values.quiet,
    shard: values.shard === undefined ? null : parseShardOption(values.shard),
    folders: positionals.map((folder) => path.resolve(from, folder)),
  };
}

/** A folder as the user would like to read it: relative when it is under the current folder. */
export function displayPath(folder: string): string {
  const relative = path.relative(process.cwd(), folder);
  return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? folder : relative;
}

/** The progress of a long build on stderr, as the terminal, CI or `--quiet` asks. */
export function commandProgress(options: Pick<CliOptions, "quiet">): Progress {
  const mode = progressMode(options.quiet, process.stderr, process.env);
  // For tests: a fixture builds in far less than the seconds between plain lines.
  const every = process.env.BROADSHEET_PROGRESS_EVERY_MS;
  return progressLines({ write: (text) => process.stderr.write(text), mode, plainEveryMs: every ? Number(every) : undefined });
}

/** What a command tells `runCommand` while it runs, for its messages on failure. */
export interface CommandContext {
  outputDir?: string;
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Runs a command's main function and exits with its code. Whatever goes wrong ends the process
 * with a non-zero code and one line saying why (exit 2): an error, a signal (130, 143: the
 * staging folder is removed, the previous site is left as it was), or the event loop running
 * empty while the command still waits (a child process that died without answering), which
 * Node would otherwise end with code 0 as if all went well.
 */
export function runCommand(main: (context: CommandContext) => Promise<number>): void {
  const context: CommandContext = {};
  let settled = false;
  const stopNow = () => {
    discardStagingNow();
    releaseLocksNow();
  };
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      stopNow();
      console.error(`broadsheet: stopped by ${signal}${context.outputDir ? `; ${displayPath(context.outputDir)} is as it was before this build` : ""}`);
      process.exit(code);
    });
  }
  process.once("beforeExit", () => {
    if (settled) return;
    stopNow();
    console.error(`broadsheet: the build stopped before it finished: a step waited for a process that ended without an answer (its own message, if any, is above); nothing was published`);
    process.exitCode = 2;
  });
  main(context).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (error: unknown) => {
      settled = true;
      console.error(`broadsheet: ${failureMessage(error, context.outputDir)}`);
      process.exitCode = 2;
    },
  );
}
