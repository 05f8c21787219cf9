import Image from "@11ty/eleventy-img";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { outputFileOf, type PicturePage } from "../site/pages.ts";
import { groupBy } from "../common/group-by.ts";

/**
 * Writes the files made of local pictures into `outputDir`: each copy as the file is, and each
 * size with eleventy-img (sharp), only those asked for. Every file is read afresh and nothing is
 * cached between builds, so a changed photo is made again from its new bytes.
 */
export async function renderPictures(pages: PicturePage[], outputDir: string): Promise<void> {
  const bySource = groupBy(pages, (page) => page.source);
  for (const [source, files] of bySource) {
    const bytes = await readFile(source);
    for (const copy of files.filter((file) => file.width === null)) {
      const target = path.join(outputDir, outputFileOf(copy.path));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }
    for (const [format, sizes] of groupBy(
      files.filter((file) => file.width !== null),
      (file) => file.format!,
    )) {
      const names = new Map(sizes.map((size) => [size.width!, path.posix.basename(size.path)]));
      await Image(bytes, {
        widths: [...names.keys()],
        formats: [format],
        outputDir: path.join(outputDir, path.dirname(outputFileOf(sizes[0]!.path))),
        filenameFormat: (_id: string, _src: unknown, width: number) => names.get(width) ?? `unplanned-${width}.${format}`,
        formatFiltering: [], // exactly the formats planned, even for a transparent or animated file
        minimumThreshold: 1,
        useCache: false,
      });
    }
  }
}
