import { statSync } from "node:fs";
import { readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { manifestFile, summaryFile } from "../../src/incremental/build-manifest.ts";
import { digestOf } from "../../src/incremental/file-digest.ts";
import { confirmStamps, type FileStats, RACY_MS, stampOf, stampPrint, statFiles } from "../../src/incremental/stamp-print.ts";
import { copyFixture, runScript, tempDir } from "../e2e/cli.ts";

const versions = { parser: "p1", render: "r1" };
const anHourAgo = () => new Date(Date.now() - 3_600_000);

/** Two seed files, written now; `startedAt` a build that starts in a minute, long after them. */
async function twoFiles(): Promise<{ files: string[]; later: number }> {
  const dir = await tempDir();
  const files = [path.join(dir, "a.txt"), path.join(dir, "b.txt")];
  for (const file of files) await writeFile(file, `text of ${path.basename(file)}`);
  return { files, later: Date.now() + 60_000 };
}

describe("stampPrint", () => {
  it("should be the same for files nobody wrote, and change with the listing, the versions or the day", async () => {
    const { files, later } = await twoFiles();
    const { print, racy } = stampPrint(await statFiles(files), ["a.txt", "b.txt"], versions, "2026-12-01", later);
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(racy).toEqual([]);
    expect(stampPrint(await statFiles(files), ["a.txt", "b.txt"], versions, "2026-12-01", later).print).toBe(print);
    expect(stampPrint(await statFiles(files.slice(0, 1)), ["a.txt"], versions, "2026-12-01", later).print).not.toBe(print);
    expect(stampPrint(await statFiles(files), ["a.txt", "b.txt"], { ...versions, parser: "p2" }, "2026-12-01", later).print).not.toBe(print);
    expect(stampPrint(await statFiles(files), ["a.txt", "b.txt"], versions, "2026-12-02", later).print).not.toBe(print);
  });

  it("should change when a file is rewritten with the same size and its modification time set back", async () => {
    const { files, later } = await twoFiles();
    const when = anHourAgo();
    await utimes(files[0]!, when, when);
    const { print } = stampPrint(await statFiles(files), [], versions, "2026-12-01", later);
    await writeFile(files[0]!, "TEXT OF a.txt");
    await utimes(files[0]!, when, when); // the change time cannot be set back
    expect(stampPrint(await statFiles(files), [], versions, "2026-12-01", later).print).not.toBe(print);
  });

  it("should list the files that changed just before the build started, which a file system's clock tick could hide", async () => {
    const { files } = await twoFiles();
    expect(stampPrint(await statFiles(files), [], versions, "2026-12-01", Date.now()).racy).toEqual(files);
  });
});

describe("statFiles", () => {
  /** Files a, b, … (each its own size) in a new folder. */
  const someFiles = async (count: number) => {
    const dir = await tempDir();
    const files = Array.from({ length: count }, (_, index) => path.join(dir, `${String.fromCharCode(97 + index)}.txt`));
    for (const [index, file] of files.entries()) await writeFile(file, "x".repeat(index + 1));
    return files;
  };

  it("should give each file's stamp, in the listing's order, whether a second thread takes part of them or not", async () => {
    const files = await someFiles(7);
    const expected = files.map((file) => stampOf(statSync(file)));
    const stampsOf = (stats: FileStats) => files.map((file) => stats.get(file));
    expect(stampsOf(await statFiles(files))).toEqual(expected);
    expect(stampsOf(await statFiles(files, { splitFrom: 2 }))).toEqual(expected);
  });

  it("should fail as a stat fails when a listed file is gone, in either thread's part", async () => {
    const files = await someFiles(6);
    await rm(files[1]!); // the first part's
    await rm(files[5]!); // the second thread's
    await expect(statFiles(files)).rejects.toMatchObject({ code: "ENOENT", path: files[1] });
    await expect(statFiles(files.slice(2), { splitFrom: 2 })).rejects.toMatchObject({ code: "ENOENT", path: files[5] });
  });
});

describe("confirmStamps", () => {
  const digests = async (files: string[]) => Object.fromEntries(await Promise.all(files.map(async (file) => [file, digestOf(await readFile(file))] as const)));

  it("should carry the stamps on when the print is the same and each file to recheck is as read, keeping those still too new", async () => {
    const { files } = await twoFiles();
    const last = { print: "p", recheck: await digests(files) };
    expect(confirmStamps(last, { print: "p", racy: files })).toEqual(last);
    expect(confirmStamps(last, { print: "p", racy: files.slice(1) })).toEqual({ print: "p", recheck: { [files[1]!]: last.recheck[files[1]!] } });
    expect(confirmStamps(last, { print: "p", racy: [] })).toEqual({ print: "p", recheck: {} });
  });

  it("should not carry them on when the print differs, a file to recheck holds other bytes or is gone, or a new file is too new to trust", async () => {
    const { files } = await twoFiles();
    const last = { print: "p", recheck: await digests(files.slice(0, 1)) };
    expect(confirmStamps(last, { print: "q", racy: [] })).toBeNull();
    expect(confirmStamps(undefined, { print: "p", racy: [] })).toBeNull();
    expect(confirmStamps(last, { print: "p", racy: files })).toBeNull(); // b.txt: no digest to check it by
    await writeFile(files[0]!, "TEXT OF a.txt"); // as a change within one tick of the clock would leave its stamp
    expect(confirmStamps(last, { print: "p", racy: [] })).toBeNull();
    await rm(files[0]!);
    expect(confirmStamps(last, { print: "p", racy: [] })).toBeNull();
  });
});

describe("a rebuild with nothing to do", () => {
  const build = async (seeds: string, output: string, cache: string) => {
    const run = await runScript("tests/support/counted-build.ts", [seeds, output, cache]);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as { ok: boolean; rendered: number; reads: number };
  };

  it("should read no seed when no file was written since the last build, and only the seed written when one was", async () => {
    const seeds = await copyFixture("archive");
    const [output, cache] = [path.join(await tempDir(), "site"), path.join(await tempDir(), "cache")];
    await sleep(2100); // the seeds were written longer ago than a clock tick could hide
    const first = await build(seeds, output, cache);
    expect(first.reads).toBeGreaterThan(0);
    expect(await build(seeds, output, cache)).toEqual({ ok: true, rendered: 0, reads: 0 });

    const seed = path.join(seeds, "council-budget.txt");
    await writeFile(seed, await readFile(seed)); // written, not changed
    await sleep(2100);
    expect(await build(seeds, output, cache)).toEqual({ ok: true, rendered: 0, reads: 1 }); // that seed alone: the others' digests are kept
    expect(await build(seeds, output, cache)).toEqual({ ok: true, rendered: 0, reads: 0 });

    await writeFile(seed, (await readFile(seed, "utf8")).replace("council", "Council"));
    const changed = await build(seeds, output, cache);
    expect(changed.reads).toBe(2); // for its digest, then for its parse
    expect(changed.rendered).toBeGreaterThan(0);
  }, 120_000);

  /** Builds with the manifest made unreadable (a build that read it would build everything again), then puts it back. */
  const withoutManifestOf = async (seeds: string, output: string, cache: string) => {
    const manifest = await readFile(manifestFile(cache, output));
    await writeFile(manifestFile(cache, output), "not JSON");
    const result = await build(seeds, output, cache);
    await writeFile(manifestFile(cache, output), manifest);
    return result;
  };

  it("should not read the last build's list of pages (67 MB at 100,000 articles) when no file was written", async () => {
    const seeds = await copyFixture("archive");
    const [output, cache] = [path.join(await tempDir(), "site"), path.join(await tempDir(), "cache")];
    const withoutManifest = () => withoutManifestOf(seeds, output, cache);
    await sleep(2100);
    await build(seeds, output, cache); // a whole new site
    expect(await withoutManifest()).toEqual({ ok: true, rendered: 0, reads: 0 });

    const seed = path.join(seeds, "council-budget.txt");
    await writeFile(seed, (await readFile(seed, "utf8")).replace("council", "Council"));
    await sleep(2100);
    expect((await build(seeds, output, cache)).rendered).toBeGreaterThan(0); // an update in place
    expect(await withoutManifest()).toEqual({ ok: true, rendered: 0, reads: 0 });

    await writeFile(seed, await readFile(seed)); // written, not changed
    await sleep(2100);
    expect(await build(seeds, output, cache)).toEqual({ ok: true, rendered: 0, reads: 1 });
    expect(await withoutManifest()).toEqual({ ok: true, rendered: 0, reads: 0 });

    const builds = path.join(cache, "builds");
    for (const file of await readdir(builds)) if (file.endsWith(".stamps.json")) await rm(path.join(builds, file)); // as a commit killed halfway leaves it
    await build(seeds, output, cache); // made again
    expect(await withoutManifest()).toEqual({ ok: true, rendered: 0, reads: 0 });
  }, 120_000);

  /**
   * Files as if written the moment a build starts, however long its process takes to start (on a
   * busy machine, more than `RACY_MS`): their times are set a little ahead. Gives when they are
   * old enough for a build to trust.
   */
  const writtenAsBuildStarts = async (files: string[]): Promise<number> => {
    const at = new Date(Date.now() + 10_000);
    for (const file of files) await utimes(file, at, at);
    return at.getTime() + RACY_MS + 100;
  };
  const sleepUntil = (time: number) => sleep(Math.max(0, time - Date.now()));

  it("should not read the list of pages after a build that started as its seeds were written, yet check those seeds' bytes", async () => {
    const seeds = await copyFixture("archive");
    const entries = await readdir(seeds, { recursive: true, withFileTypes: true });
    const trusted = await writtenAsBuildStarts(entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)));
    const [output, cache] = [path.join(await tempDir(), "site"), path.join(await tempDir(), "cache")];
    await build(seeds, output, cache);
    const summary = summaryFile(cache, output);
    const recheck = () => readFile(summary, "utf8").then((text) => Object.keys((JSON.parse(text) as { stamps: { recheck: Record<string, string> } }).stamps.recheck));
    expect((await recheck()).length).toBeGreaterThan(0);
    await sleepUntil(trusted);

    const seed = path.join(seeds, "council-budget.txt");
    await writeFile(summary, (await readFile(summary, "utf8")).replace(/"[0-9a-f]{64}"/, `"${"0".repeat(64)}"`)); // a file not as the build read it, as a change within one tick would leave its stamp
    expect((await withoutManifestOf(seeds, output, cache)).rendered).toBeGreaterThan(0);
    expect(await recheck()).toEqual([]); // that build's seeds were old enough to trust

    await writeFile(seed, (await readFile(seed, "utf8")).replace("council", "Council"));
    const seedTrusted = await writtenAsBuildStarts([seed]);
    await build(seeds, output, cache);
    expect(await recheck()).toEqual([seed]);
    await sleepUntil(seedTrusted);
    expect(await withoutManifestOf(seeds, output, cache)).toEqual({ ok: true, rendered: 0, reads: 0 });
    expect(await recheck()).toEqual([]); // read once more, then trusted
  }, 120_000);
});
