import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { Ajv } from "ajv";
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { describe, expect, it } from "vitest";
import { citeFile, renderCiteFiles } from "../../src/render/render-cite-files.ts";
import { archivedItem, planArticleCites } from "../../src/site/cite-pages.ts";
import { siteConfig } from "../../src/site.config.ts";
import { tempDir } from "../e2e/cli.ts";
import { archiveOf } from "../site/fixtures.ts";

/** The CSL-JSON input schema (tests/fixtures/csl/README.md). */
const schema = JSON.parse(readFileSync(new URL("../fixtures/csl/csl-data.json", import.meta.url), "utf8")) as object;
const ARCHIVED = "https://example.org/2025/03/14/tram-opens/";
const ORIGINAL = "https://www.reuters.com/world/tram?id=7&page=2";

const [article] = archiveOf(["2025-03-14"], () => ({
  slug: "tram-opens",
  title: "Tram Line Opens: 50% More {Trams} & Buses",
  author: "Jane Doe and John Roe",
  source: { name: "Reuters", domain: "reuters.com", url: ORIGINAL },
  captured: "2025-03-15T08:00:00Z",
}));
const item = archivedItem(article!, { ...siteConfig, baseUrl: "https://example.org", pathPrefix: "/" });

describe("citeFile", () => {
  it("should write CSL-JSON that the CSL data schema accepts, with both addresses and the capture as the access date", () => {
    const json = JSON.parse(citeFile("json", item)) as Array<Record<string, unknown>>;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json[0]).toMatchObject({ type: "article-newspaper", "container-title": "Reuters", URL: ORIGINAL, archive_location: ARCHIVED, accessed: { "date-parts": [[2025, 3, 15]] } });
  });

  it("should write BibTeX that a BibTeX parser reads back to the same fields", () => {
    const { entries, errors } = parseBibtex(citeFile("bib", item));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.type).toBe("article");
    expect(entries[0]!.fields).toMatchObject({
      title: "Tram Line Opens: 50% More {Trams} & Buses",
      journaltitle: "Reuters",
      date: "2025-03-14",
      urldate: "2025-03-15",
      url: ORIGINAL,
      note: `Archived copy: ${ARCHIVED}`,
    });
    expect(entries[0]!.fields.author).toEqual([
      { lastName: "Doe", firstName: "Jane" },
      { lastName: "Roe", firstName: "John" },
    ]);
  });

  // Read back with citation-js's RIS reader (plugin-ris): its parsing is not this project's code.
  it("should write RIS that a RIS reader reads back to the same fields", () => {
    const text = citeFile("ris", item);
    expect(text.split("\r\n").every((line) => line === "" || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    const [read] = plugins.input.chain(text, { target: "@csl/list+object" });
    expect(read).toMatchObject({
      type: "article-newspaper",
      title: "Tram Line Opens: 50% More {Trams} & Buses",
      "container-title": "Reuters",
      URL: ORIGINAL,
      note: `Archived copy: ${ARCHIVED}`,
      accessed: { "date-parts": [[2025, 3, 15]] },
    });
    expect(read!.reporter).toEqual(["Doe, Jane", "Roe, John"]); // citation-js reads a NEWS record's AU lines as they are
  });
});

describe("renderCiteFiles", () => {
  it("should write each download into the article's folder", async () => {
    const out = await tempDir();
    const pages = planArticleCites(article!);
    await renderCiteFiles(pages, siteConfig, out);
    const folder = path.join(out, "2025/03/14/tram-opens");
    expect(JSON.parse(await readFile(path.join(folder, "cite.json"), "utf8"))).toHaveLength(1);
    expect(await readFile(path.join(folder, "cite.bib"), "utf8")).toMatch(/^@article\{/);
    expect(await readFile(path.join(folder, "cite.ris"), "utf8")).toMatch(/^TY {2}- NEWS\r\n/);
  });
});
