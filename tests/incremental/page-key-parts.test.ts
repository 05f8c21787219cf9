import { describe, expect, it } from "vitest";
import { keyOf, pageCount, pageKeysOf, pageKeysRecord, pagePaths, partOf } from "../../src/incremental/page-key-parts.ts";

const page = (path: string, key: string) => ({ path, key });
const site = [page("/", "home"), page("/feed.xml", "feed"), page("/2024/05/01/a/", "a"), page("/2024/05/01/a/cite.bib", "a-bib"), page("/2025/01/02/b/", "b"), page("/people/ada/", "ada")];

describe("page keys in parts", () => {
  it("should keep a page in its first folder's part, and the files at the root in one", () => {
    expect(["/", "/feed.xml", "/2024/05/01/a/", "/people/ada/", "/page/2/"].map(partOf)).toEqual(["", "", "2024", "people", "page"]);
    const pages = pageKeysOf(site);
    expect([...pages.keys()]).toEqual(["", "2024", "2025", "people"]);
    expect(pages.get("2024")).toEqual({ "/2024/05/01/a/": "a", "/2024/05/01/a/cite.bib": "a-bib" });
    expect(keyOf(pages, "/2025/01/02/b/")).toBe("b");
    expect(keyOf(pages, "/2025/01/02/c/")).toBeUndefined();
    expect(keyOf(pages, "/constructor")).toBeUndefined(); // a key only for a page the site has
    expect(pageCount(pages)).toBe(6);
    expect([...pagePaths(pages)].sort()).toEqual(site.map(({ path }) => path).sort());
    expect(pageKeysRecord(pages)).toEqual(Object.fromEntries(site.map(({ path, key }) => [path, key])));
  });

  it("should give back the previous part itself where its pages and keys are the same, and a new one where any differs", () => {
    const before = pageKeysOf(site);
    const rekeyed = pageKeysOf(
      site.map((p) => (p.path === "/2024/05/01/a/" ? page(p.path, "a-2") : p)),
      before,
    );
    expect(rekeyed.get("2024")).not.toBe(before.get("2024"));
    expect(rekeyed.get("2024")).toEqual({ "/2024/05/01/a/": "a-2", "/2024/05/01/a/cite.bib": "a-bib" });
    for (const part of ["", "2025", "people"]) expect(rekeyed.get(part)).toBe(before.get(part));

    const fewer = pageKeysOf(
      site.filter((p) => p.path !== "/2024/05/01/a/cite.bib"),
      before,
    ); // a page gone: same keys for the rest
    expect(fewer.get("2024")).toEqual({ "/2024/05/01/a/": "a" });
    const more = pageKeysOf([...site, page("/people/bo/", "bo")], before);
    expect(more.get("people")).toEqual({ "/people/ada/": "ada", "/people/bo/": "bo" });
    expect(more.get("2024")).toBe(before.get("2024"));
    const without = pageKeysOf(
      site.filter((p) => !p.path.startsWith("/people/")),
      before,
    );
    expect([...without.keys()]).toEqual(["", "2024", "2025"]);
  });
});
