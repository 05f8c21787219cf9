import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attr, parsePage } from "./html.ts";
import { readRecords, runCli, tempDir } from "./cli.ts";

// Nothing lost: every http(s) address a seed holds, in the places scrapers put them, is in its
// record or an href on its page. Each run builds a batch of generated seeds with the real CLI.

const address = fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true });
const words = fc.array(fc.constantFrom("council", "tram", "Maduro", "café", "Путин", "budget", "night", "vote"), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" "));

/** A part of a seed with the addresses it holds. */
type Part = { text: string; urls: string[] };
const part = (text: string, ...urls: string[]): Part => ({ text, urls });
// `<…>` destinations keep parentheses and quotes in an address from ending the link.
const link = (text: string, url: string) => `[${text}](<${url}>)`;

const bodyPart: fc.Arbitrary<Part> = fc.oneof(
  fc.tuple(words, address, words).map(([before, url, after]) => part(`${before} ${link(after, url)} ${before}.`, url)),
  fc.tuple(words, address).map(([text, url]) => part(`${text} <${url}>`, url)),
  fc
    .tuple(words, address, fc.date({ min: new Date("2000-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }))
    .map(([text, url, date]) => part(`> ${text}\n>\n> — Someone (@someone) ${link(date.toISOString().slice(0, 10), url)}`, url)),
  fc.tuple(words, address).map(([alt, url]) => part(`![${alt}](<${url}>)`, url)),
  fc.tuple(words, address, address).map(([text, a, b]) => part(`- ${link(text, a)}\n- ${text} ${link(text, b)}`, a, b)),
  fc.tuple(words, address).map(([text, url]) => part(`**Related article:** ${link(text, url)}`, url)),
  fc.tuple(words, address, address).map(([text, a, b]) => part(`**Related articles:** ${link(text, a)} ${link(`${text} two`, b)}`, a, b)),
  fc.tuple(words, address).map(([text, url]) => part(`**16:40** ${text} ${link(text, url)}`, url)),
);

const seed = fc
  .record({
    title: words,
    lead: fc.option(fc.tuple(words, address, words).map(([alt, url, caption]) => part(`![${alt}](<${url}>)\n\n${caption}. **Credit**`, url))),
    body: fc.array(bodyPart, { minLength: 1, maxLength: 6 }),
    // On one line the address is Markdown text, where `*…*` would be emphasis: such addresses go in the block form.
    source: fc.option(fc.tuple(address, fc.boolean()).map(([url, oneLine]) => part(oneLine && !/[*_`[\]\\]/.test(url) ? `Original url: ${url}` : `Original url:\n\n<${url}>`, url))),
  })
  .map(({ title, lead, body, source }): Part => {
    const parts = [part(`# ${title}\n\nMay 2, 2024`), ...(lead ? [lead] : []), part("The first paragraph of the story."), ...body, ...(source ? [source] : [])];
    return { text: `${parts.map((p) => p.text).join("\n\n")}\n`, urls: parts.flatMap((p) => p.urls) };
  });

/** Addresses compare as a browser reads them: percent-encoding and entity escaping aside. */
function normal(url: string): string {
  try {
    return decodeURIComponent(new URL(url).href);
  } catch {
    return url;
  }
}

function recordAddresses(record: { source: { url: string | null }; image: { url: string | null } | null; related: Array<{ href: string | null }> }): string[] {
  return [record.source.url, record.image?.url ?? null, ...record.related.map((related) => related.href)].filter((url): url is string => url !== null);
}

describe("every address a seed holds", () => {
  it("should be in its record or an href on its page", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(seed, { minLength: 10, maxLength: 25 }), async (seeds) => {
        const root = await tempDir();
        const seedsDir = path.join(root, "seeds");
        await mkdir(seedsDir);
        await Promise.all(seeds.map((s, index) => writeFile(path.join(seedsDir, `seed-${index}.txt`), s.text)));
        const out = path.join(root, "site");
        const run = await runCli("build", ["--seeds", seedsDir, "--output", out, "--no-cache"]);
        expect(run.code, run.stdout + run.stderr).toBe(0);
        const articles = await readRecords<Parameters<typeof recordAddresses>[0] & { seedFile: string; url: string }>(out);
        for (const [index, { urls }] of seeds.entries()) {
          const record = articles.find((article) => article.seedFile === `seed-${index}.txt`)!;
          const page = parsePage(await readFile(path.join(out, record.url, "index.html"), "utf8"));
          const kept = new Set([...recordAddresses(record), ...page.map((element) => attr(element, "href")).filter((href) => href !== undefined)].map(normal));
          for (const url of urls) expect(kept.has(normal(url)), `${url} of seed-${index}.txt:\n${seeds[index]!.text}`).toBe(true);
        }
      }),
      { numRuns: 3, endOnFailure: true }, // each run is a build: a few large batches cost less than many small ones
    );
  }, 300_000);
});
