import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { displayPath, readCliOptions } from "../../src/cli/options.ts";
import { projectRoot } from "../../src/common/project-root.ts";
import { siteConfig } from "../../src/site.config.ts";

describe("readCliOptions", () => {
  const initCwd = process.env.INIT_CWD;
  beforeEach(() => {
    process.env.INIT_CWD = "/home/editor/archive";
  }); // where the user ran npm
  afterEach(() => {
    if (initCwd === undefined) delete process.env.INIT_CWD;
    else process.env.INIT_CWD = initCwd;
  });

  it("should take seeds/ and _site/ from the folder npm was run in, with the site's own settings", () => {
    const options = readCliOptions([]);
    expect(options).toMatchObject({ seedsDir: "/home/editor/archive/seeds", outputDir: "/home/editor/archive/_site", port: 8080, json: false, strict: false });
    expect(options.site).toEqual(siteConfig);
    expect(options.cacheDir).toBe(path.join(projectRoot, ".cache/broadsheet"));
  });

  it("should resolve relative folders from where npm was run, and keep absolute ones", () => {
    const options = readCliOptions(["--seeds", "../news", "--output", "/srv/www", "--cache-dir", "cache"]);
    expect(options.seedsDir).toBe("/home/editor/news");
    expect(options.outputDir).toBe("/srv/www");
    expect(options.cacheDir).toBe("/home/editor/archive/cache");
  });

  it("should put the path prefix and base URL given into the site's settings", () => {
    const { site } = readCliOptions(["--path-prefix", "/news/", "--base-url", "https://archive.example"]);
    expect(site).toEqual({ ...siteConfig, pathPrefix: "/news/", baseUrl: "https://archive.example" });
  });

  it("should keep no cache with --no-cache", () => {
    expect(readCliOptions(["--no-cache"]).cacheDir).toBeNull();
  });

  it("should read the flags --json and --strict and a port", () => {
    expect(readCliOptions(["--json", "--strict", "--port", "0"])).toMatchObject({ json: true, strict: true, port: 0 });
  });

  it.each(["80.5", "-1", "65536", "http"])("should refuse --port %s, saying what a port is", (port) => {
    expect(() => readCliOptions([`--port=${port}`])).toThrow(`--port ${port} is not a port number: use 0–65535`);
  });

  it("should read --shard K/N, and build the whole site without it", () => {
    expect(readCliOptions(["--shard", "2/8"], { shards: true }).shard).toEqual({ index: 2, count: 8 });
    expect(readCliOptions(["--shard=1/1"], { shards: true }).shard).toEqual({ index: 1, count: 1 });
    expect(readCliOptions([], { shards: true }).shard).toBeNull();
  });

  it("should refuse --shard from a command that works on the whole archive (start, check, merge)", () => {
    expect(() => readCliOptions(["--shard", "2/8"])).toThrow("--shard is for npm run build: this command works on the whole archive");
  });

  it.each(["0/3", "4/3", "1/0", "2", "a/b", "1.5/3", "-1/3"])("should refuse --shard %s, saying what a shard is", (shard) => {
    expect(() => readCliOptions([`--shard=${shard}`], { shards: true })).toThrow(`--shard ${shard} is not a shard: use K/N with 1 ≤ K ≤ N`);
  });

  it("should take folders after the options only when the command asks for them", () => {
    expect(readCliOptions(["--output", "site", "shard-1", "/tmp/shard-2"], { folders: true }).folders).toEqual(["/home/editor/archive/shard-1", "/tmp/shard-2"]);
    expect(() => readCliOptions(["shard-1"])).toThrow(/shard-1/);
  });

  it("should refuse an option it does not know", () => {
    expect(() => readCliOptions(["--seed", "x"])).toThrow(/--seed/);
  });
});

describe("displayPath", () => {
  it("should show a folder under the current one relative to it", () => {
    expect(displayPath(path.join(process.cwd(), "seeds"))).toBe("seeds");
    expect(displayPath(process.cwd())).toBe(".");
  });

  it("should show a folder elsewhere as its absolute path", () => {
    expect(displayPath(path.dirname(process.cwd()))).toBe(path.dirname(process.cwd()));
  });
});
