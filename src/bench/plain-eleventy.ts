/**
 * The benchmark's baseline: the same seeds as a plain Eleventy 3 site (one markdown file per
 * article with YAML front matter, Eleventy's default markdown-it, one Nunjucks layout and an
 * index listing every article newest first). `prepareBaseline` writes the project (not timed);
 * run this file as a script to build it (timed, in a child process):
 *   node --import tsx src/bench/plain-eleventy.ts --project DIR --output DIR
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
const pad = (n: number): string => String(n).padStart(2, "0");

/** A seed's date as YYYY-MM-DD: from a date line (README, Seed format), else from the source URL. */
function findDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})\b/m.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = /^([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})\b/m.exec(text);
  const dmy = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b/m.exec(text);
  const [month, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : dmy ? [dmy[2], dmy[1], dmy[3]] : [];
  const m = MONTHS.indexOf((month ?? "").slice(0, 3).toLowerCase());
  if (m >= 0 && day && year) return `${year}-${pad(m + 1)}-${pad(Number(day))}`;
  const url = /https?:\/\/\S+?\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(text);
  return url ? `${url[1]}-${url[2]}-${url[3]}` : null;
}

const slugify = (title: string): string =>
  title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "article";

/** A seed as a markdown page with front matter; header lines are stripped with regexes. */
export function seedToMarkdown(raw: string, taken: Set<string>): string | null {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const title = /^# (.+)$/m.exec(text)?.[1]?.trim();
  const date = findDate(text);
  if (!title || !date) return null;
  let permalink = `/${date.replaceAll("-", "/")}/${slugify(title)}/`;
  for (let i = 2; taken.has(permalink); i++) permalink = permalink.replace(/(-\d+)?\/$/, `-${i}/`);
  taken.add(permalink);
  const body = text
    .replace(/^\s*# .+\n/, "")
    .replace(/^\s*(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})(?: \d{2}:\d{2})?\n/, "")
    .replace(/^\s*By .{1,60}\n/, "")
    .replace(/^Original url:[\s\S]*$/m, "");
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\npermalink: ${permalink}\n---\n${body.trim()}\n`;
}

const LAYOUT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><article>
<h1>{{ title }}</h1>
<p><time datetime="{{ page.date | isoDate }}">{{ page.date | isoDate }}</time></p>
{{ content | safe }}
</article></main></body></html>
`;
const INDEX = `---
permalink: /index.html
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Archive</title></head>
<body><main><h1>Archive</h1><ul>
{%- for a in collections.newest %}
<li><a href="{{ a.url }}">{{ a.data.title }}</a> <time>{{ a.date | isoDate }}</time></li>
{%- endfor %}
</ul></main></body></html>
`;

/** Writes the baseline project (PROJECT/src/...) from every seed in seedsDir; returns the page count. */
export async function prepareBaseline(seedsDir: string, projectDir: string): Promise<number> {
  const articles = join(projectDir, "src", "articles");
  await mkdir(articles, { recursive: true });
  await mkdir(join(projectDir, "src", "_includes"), { recursive: true });
  await writeFile(join(projectDir, "src", "_includes", "article.njk"), LAYOUT);
  await writeFile(join(projectDir, "src", "index.njk"), INDEX);
  // templateEngineOverride: seeds are data, so no Liquid pass over the markdown (Eleventy's default).
  await writeFile(join(articles, "articles.11tydata.json"), JSON.stringify({ layout: "article.njk", tags: "article", templateEngineOverride: "md" }));
  const files = (await readdir(seedsDir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const taken = new Set<string>();
  let count = 0;
  for (const f of files) {
    const md = seedToMarkdown(await readFile(join(seedsDir, f), "utf8"), taken);
    if (md) {
      await writeFile(join(articles, f.replace(/\.\w+$/, ".md")), md);
      count++;
    }
  }
  return count;
}

interface UserConfig {
  addFilter(name: string, fn: (d: Date) => string): void;
  addCollection(name: string, fn: (api: { getFilteredByTag(tag: string): unknown[] }) => unknown[]): void;
}
type EleventyClass = new (
  input: string,
  output: string,
  options: {
    quietMode: boolean;
    config: (cfg: UserConfig) => void;
  },
) => { write(): Promise<unknown> };

/** Builds PROJECT/src into output with Eleventy's programmatic API. */
export async function buildBaseline(projectDir: string, output: string): Promise<void> {
  const specifier = "@11ty/eleventy"; // untyped package: a non-literal specifier keeps tsc quiet
  const { default: Eleventy } = (await import(specifier)) as { default: EleventyClass };
  // Relative input: with an absolute one, Eleventy 3.1 misses directory data files (seen here).
  const elev = new Eleventy(relative(process.cwd(), join(projectDir, "src")) || ".", output, {
    quietMode: true,
    config(cfg) {
      cfg.addFilter("isoDate", (d) => d.toISOString().slice(0, 10));
      cfg.addCollection("newest", (api) => api.getFilteredByTag("article").reverse());
    },
  });
  await elev.write();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { project: { type: "string" }, output: { type: "string" } } });
  if (!values.project || !values.output) throw new Error("Usage: plain-eleventy.ts --project DIR --output DIR");
  const [project, output] = [resolve(values.project), resolve(values.output)];
  process.chdir(project); // so Eleventy finds no config file or .gitignore of ours
  await buildBaseline(project, output);
}
