import { describe, expect, it } from "vitest";
import type { BuildManifest } from "../../src/incremental/build-manifest.ts";
import { pageKeysOf } from "../../src/incremental/page-key-parts.ts";
import { diffSite, type PlannedSite, searchGroupId } from "../../src/incremental/changeset.ts";

const page = (path: string, key: string) => ({ path, key, file: path.endsWith("/") ? `${path.slice(1)}index.html` : path.slice(1) });

/** A manifest of a site that has the planned pages and shards, the shards with the given files. */
function manifestOf(planned: PlannedSite, shardFiles: Record<string, string[]>): BuildManifest {
  return {
    format: 4,
    renderVersion: "v",
    outputIdentity: "1:2",
    fingerprint: "f",
    diagnostics: [],
    articleCount: 1,
    pages: pageKeysOf(planned.pages),
    groups: Object.fromEntries(planned.shards.map(({ id, key }) => [searchGroupId(id), { key, files: shardFiles[id] ?? [] }])),
  };
}

const before: PlannedSite = {
  pages: [page("/", "home-1"), page("/2026/01/03/a/", "a-1"), page("/2026/01/03/b/", "b-1"), page("/feed.xml", "feed-1")],
  shards: [
    { id: "2026", key: "s26-1" },
    { id: "2025", key: "s25-1" },
  ],
};
const previous = manifestOf(before, { "2026": ["pagefind/2026/index/a.pf_index", "pagefind/2026/pagefind-entry.json"], "2025": ["pagefind/2025/index/b.pf_index"] });

describe("diffSite", () => {
  it("should find nothing to do when every page and shard has its key", () => {
    const changes = diffSite(previous, before);
    expect(changes).toMatchObject({ render: [], removePages: [], index: [], removeShardFiles: [], unchanged: true });
    expect(changes.keep).toEqual(["index.html", "2026/01/03/a/index.html", "2026/01/03/b/index.html", "feed.xml"]);
    expect(changes.keepShardFiles.sort()).toEqual(["pagefind/2025/index/b.pf_index", "pagefind/2026/index/a.pf_index", "pagefind/2026/pagefind-entry.json"]);
  });

  it("should render a changed page and index its changed shard, removing that shard's old files and keeping the rest", () => {
    const changes = diffSite(previous, {
      pages: [page("/", "home-1"), page("/2026/01/03/a/", "a-2"), page("/2026/01/03/b/", "b-1"), page("/feed.xml", "feed-1")],
      shards: [
        { id: "2026", key: "s26-2" },
        { id: "2025", key: "s25-1" },
      ],
    });
    expect(changes).toMatchObject({ render: ["/2026/01/03/a/"], removePages: [], index: ["2026"], keepShardFiles: ["pagefind/2025/index/b.pf_index"], unchanged: false });
    expect(changes.removeShardFiles).toEqual(["pagefind/2026/index/a.pf_index", "pagefind/2026/pagefind-entry.json"]);
    expect(changes.keep).not.toContain("2026/01/03/a/index.html");
  });

  it("should render an added page and index an added shard", () => {
    const changes = diffSite(previous, { pages: [...before.pages, page("/2024/05/01/c/", "c-1")], shards: [...before.shards, { id: "2024", key: "s24-1" }] });
    expect(changes).toMatchObject({ render: ["/2024/05/01/c/"], index: ["2024"], removePages: [], removeShardFiles: [], unchanged: false });
  });

  it("should remove the files of a removed page and of a removed shard", () => {
    const changes = diffSite(previous, { pages: before.pages.filter((p) => p.path !== "/2026/01/03/b/"), shards: [{ id: "2026", key: "s26-1" }] });
    expect(changes).toMatchObject({ render: [], index: [], removePages: ["2026/01/03/b/index.html"], removeShardFiles: ["pagefind/2025/index/b.pf_index"], unchanged: false });
  });

  it("should render a renamed page at its new path and remove it at the old one, even with the same key", () => {
    const renamed = { pages: before.pages.map((p) => (p.path === "/2026/01/03/b/" ? page("/2026/01/03/b-2/", p.key) : p)), shards: before.shards };
    const changes = diffSite(previous, renamed);
    expect(changes).toMatchObject({ render: ["/2026/01/03/b-2/"], removePages: ["2026/01/03/b/index.html"], unchanged: false });
  });

  it("should render and index everything without a previous manifest, and remove nothing", () => {
    const changes = diffSite(null, before);
    expect(changes).toMatchObject({ render: before.pages.map((p) => p.path), keep: [], index: ["2026", "2025"], removePages: [], removeShardFiles: [], unchanged: false });
  });
});
