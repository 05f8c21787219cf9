// `node --import tsx tests/support/render-with-cites.ts OUTPUT`: renders, in one run as a render
// lane does, robots.txt and an article's reference downloads; prints how many pages it counted.
import { renderRun } from "../../src/render/render-run.ts";
import { planArticleCites } from "../../src/site/cite-pages.ts";
import type { Page } from "../../src/site/pages.ts";
import { siteConfig } from "../../src/site.config.ts";
import { archiveOf } from "../site/fixtures.ts";

const [output] = process.argv.slice(2) as [string];
const [article] = archiveOf(["2025-03-14"], () => ({ slug: "tram" }));
const robots: Page = { kind: "robots", path: "/robots.txt", title: "robots.txt", breadcrumbs: [] };
let rendered = 0;
await renderRun([robots, ...planArticleCites(article!)], siteConfig, output, (count) => (rendered += count));
console.log(rendered);
