import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { attr, parsePage } from "./html.ts";

/**
 * Every internal link and asset of a built page (`a`, `link`, `script`, `img`, `form`), as
 * `{ page, url }`, with the file it should resolve to under `outputDir` or null when it is
 * outside the site's prefix.
 */
export async function brokenLinks(outputDir: string, pages: string[], prefix: string): Promise<string[]> {
  const broken: string[] = [];
  const checked = new Map<string, boolean>();
  for (const page of pages) {
    const pageUrl = new URL(`http://site.test${prefix}${path.relative(outputDir, page).replace(/index\.html$/, "")}`);
    for (const element of parsePage(await readFile(page, "utf8"))) {
      const target = attr(element, "href") ?? attr(element, "src") ?? attr(element, "action");
      if (target === undefined || ["meta", "base"].includes(element.tagName)) continue;
      const url = new URL(target, pageUrl);
      if (url.host !== "site.test") continue; // external
      if (!url.pathname.startsWith(prefix)) {
        broken.push(`${path.relative(outputDir, page)}: ${target} is outside the path prefix ${prefix}`);
        continue;
      }
      let file = decodeURIComponent(url.pathname.slice(prefix.length));
      if (file === "" || file.endsWith("/")) file += "index.html";
      if (!checked.has(file))
        checked.set(
          file,
          await access(path.join(outputDir, file)).then(
            () => true,
            () => false,
          ),
        );
      if (!checked.get(file)) broken.push(`${path.relative(outputDir, page)}: ${target} (no ${file})`);
    }
  }
  return broken;
}
