import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, projectRoot, runCli, tempDir } from "./cli.ts";

const seeds = path.join(fixtures, "archive");
// A fixture builds in far less than the five seconds between plain lines: tell every step.
const everyStep = { BROADSHEET_PROGRESS_EVERY_MS: "0" };

/** Runs `npm run build` on a real pseudo-terminal (util-linux's `script`), as a user at a terminal would. */
function buildOnTerminal(output: string): Promise<string> {
  const command = [process.execPath, "--import", "tsx", path.join(projectRoot, "src/cli/build.ts"), "--seeds", seeds, "--output", output, "--no-cache"].join(" ");
  return new Promise((resolve, reject) => {
    execFile("script", ["-qec", command, "/dev/null"], { cwd: projectRoot, env: { ...process.env, CI: "" } }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}

describe("npm run build's progress lines", () => {
  it("should print plain lines to stderr in a pipe, ending with each step's count and time", async () => {
    const run = await runCli("build", ["--seeds", seeds, "--output", path.join(await tempDir(), "site"), "--no-cache"], everyStep);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines.every((line) => line.startsWith("broadsheet: "))).toBe(true);
    expect(run.stderr).not.toContain("\x1b[");
    expect(lines).toContainEqual(expect.stringMatching(/^broadsheet: seeds parsed {2}4 of 4 in \d+\.\d s$/));
    expect(lines).toContainEqual(expect.stringMatching(/^broadsheet: pages rendered {2}(\d+) of \1 in \d+\.\d s$/));
    expect(lines).toContainEqual(expect.stringMatching(/^broadsheet: search shards indexed {2}(\d+) of \1 in \d+\.\d s$/));
    expect(run.stdout).toContain("Built 4 articles");
  }, 120_000);

  it("should print nothing but the report with --quiet", async () => {
    const run = await runCli("build", ["--seeds", seeds, "--output", path.join(await tempDir(), "site"), "--no-cache", "--quiet"], everyStep);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  }, 120_000);

  it("should redraw one line per step in place on a terminal", async () => {
    const screen = await buildOnTerminal(path.join(await tempDir(), "site"));
    expect(screen).toContain("\r\x1b[2Kseeds parsed  4 of 4 in ");
    expect(screen).toMatch(new RegExp(String.raw`\r\u001b\[2Kpages rendered +(\d+) of \1 in `));
    expect(screen).not.toContain("broadsheet: seeds parsed");
    expect(screen).toContain("Built 4 articles");
  }, 120_000);
});
