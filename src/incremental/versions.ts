import { projectRoot, PROJECT_PATHS } from "../common/project-root.ts";
import type { SiteConfig } from "../site.config.ts";
import { codeInputs, type CodeInputs, hashInputs } from "./code-version.ts";

/** The parse stage's entry: every seed's bytes become a result through it (in a worker or not). */
const PARSE_ENTRIES = ["src/parse/parse-seed-bytes.ts"];
/**
 * What turns planned pages into files: the Eleventy run (with its configuration, handed to
 * Eleventy by path) and the search index writer.
 */
const RENDER_ENTRIES = ["src/render/render-pages.ts", "src/search/search-index.ts", PROJECT_PATHS.eleventyConfig];

/** Every module `npm run build` and `npm run merge` may run: the shards of a split build must all come from the same. */
const BUILD_ENTRIES = ["src/cli/build.ts", "src/cli/merge.ts", PROJECT_PATHS.eleventyConfig];

/** Everything that shapes a parse result: a change to any of it starts the parse cache afresh. */
export const parserInputs = (root = projectRoot): Promise<CodeInputs> => codeInputs(root, PARSE_ENTRIES);

/** Everything besides a page's own data that shapes its file (and the search index's files). */
export const renderInputs = (root = projectRoot): Promise<CodeInputs> => codeInputs(root, RENDER_ENTRIES, [PROJECT_PATHS.layouts, PROJECT_PATHS.public]);

/** A hash of the parser's inputs. */
export async function parserVersion(root = projectRoot): Promise<string> {
  return hashInputs(root, await parserInputs(root), "parse");
}

/**
 * A hash of the render inputs and the site configuration. Pages rendered under another version
 * are never reused.
 */
export async function renderVersion(site: SiteConfig, root = projectRoot): Promise<string> {
  return hashInputs(root, await renderInputs(root), `render ${JSON.stringify(site)}`);
}

/** A hash of all the build's code, templates, static files and packages (not the site configuration). */
export async function buildCodeVersion(root = projectRoot): Promise<string> {
  return hashInputs(root, await codeInputs(root, BUILD_ENTRIES, [PROJECT_PATHS.layouts, PROJECT_PATHS.public]), "build");
}
