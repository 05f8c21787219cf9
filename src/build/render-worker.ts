// A worker thread that renders one share of the pages (see render-site.ts).
import { parentPort } from "node:worker_threads";
import type { SiteConfig } from "../site.config.ts";
import type { Page } from "../site/pages.ts";
import { renderShare } from "./render-eleventy.ts";

parentPort!.once("message", ({ pages, site, outputDir }: { pages: Page[]; site: SiteConfig; outputDir: string }) => {
  renderShare(pages, site, outputDir).then(
    () => parentPort!.postMessage({}),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
