import { access, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, runCli, tempDir } from "./cli.ts";

describe("npm run build's QA report", () => {
  it("should build seeds with warnings, list the first 20, and print the check's summary line", async () => {
    const seeds = await copyFixture("archive");
    for (let i = 1; i <= 22; i++) {
      await writeFile(
        path.join(seeds, `brief-${String(i).padStart(2, "0")}.txt`),
        `# Brief Number ${i}\n\nMay ${i}, 2025\n\nA short brief.\n\nOriginal url: <https://www.cityherald.example/2025/05/${i}/brief>\n`,
      );
    }
    await writeFile(path.join(seeds, "future.txt"), "# A Story Dated 2099\n\nJanuary 1, 2099\n\nA short story.\n\nOriginal url: <https://www.cityherald.example/2099/01/01/future>\n");
    const out = path.join(await tempDir(), "site");
    const run = await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache"]);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines.filter((line) => line.includes(": warning: "))).toHaveLength(20);
    expect(run.stdout).toContain("… and 8 more warnings: `npm run check -- --seeds");
    expect(run.stdout).toContain("27 articles, 0 errors, 28 warnings: 25 short-body, 2 unresolved-related, 1 future-date");
    // Warnings never keep an article out: the future one is built like any other.
    await access(path.join(out, "2099/01/01/a-story-dated-2099/index.html"));
  }, 120_000);
});
