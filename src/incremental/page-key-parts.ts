/**
 * Each page's key by its path, in parts by the path's first folder: a year's pages, the names'
 * lists of one kind, the paged index; the files at the site's root are one part. A save changes
 * a few parts (its year's, the lists it reaches) and keeps the others as they were, the same
 * objects, so that the manifest writes only the parts that changed (build-manifest.ts).
 */
export type PageKeys = ReadonlyMap<string, PageKeyPart>;
export type PageKeyPart = Readonly<Record<string, string>>;

/** The part a page's path is kept in: its first folder, or "" for a file at the root. */
export function partOf(path: string): string {
  const end = path.indexOf("/", 1);
  return end === -1 ? "" : path.slice(1, end);
}

/** The key of the page at a path, if it has one. */
export function keyOf(pages: PageKeys, path: string): string | undefined {
  const part = pages.get(partOf(path));
  return part && Object.hasOwn(part, path) ? part[path] : undefined;
}

export function pageCount(pages: PageKeys): number {
  let count = 0;
  for (const part of pages.values()) count += sizeOf(part);
  return count;
}

export function* pagePaths(pages: PageKeys): Iterable<string> {
  for (const part of pages.values()) yield* Object.keys(part);
}

/**
 * The keys of the pages given, in parts; a part whose pages and keys are those of the same part
 * of `previous` is that part itself, not a copy.
 */
export function pageKeysOf(pages: ReadonlyArray<{ path: string; key: string }>, previous: PageKeys | null = null): PageKeys {
  // First the parts that differ from the previous ones, without making any part.
  const counts = new Map<string, number>();
  const differ = new Set<string>();
  const partsOf = pages.map(({ path, key }) => {
    const part = partOf(path);
    counts.set(part, (counts.get(part) ?? 0) + 1);
    if (!differ.has(part)) {
      const before = previous?.get(part);
      if (!before || !Object.hasOwn(before, path) || before[path] !== key) differ.add(part);
    }
    return part;
  });
  for (const [part, count] of counts) if (!differ.has(part) && sizeOf(previous!.get(part)!) !== count) differ.add(part);
  const made = new Map<string, Record<string, string>>([...differ].map((part) => [part, {}]));
  pages.forEach(({ path, key }, index) => {
    const part = made.get(partsOf[index]!);
    if (part) part[path] = key;
  });
  return new Map([...counts.keys()].sort().map((part) => [part, made.get(part) ?? previous!.get(part)!]));
}

/** Page keys from one record of them, by path (as a test writes them). */
export function pageKeysFrom(record: Readonly<Record<string, string>>): PageKeys {
  return pageKeysOf(Object.entries(record).map(([path, key]) => ({ path, key })));
}

/** All the keys as one record, by path. */
export function pageKeysRecord(pages: PageKeys): Record<string, string> {
  return Object.assign({}, ...pages.values()) as Record<string, string>;
}

/** Parts are read often and never change: their sizes are remembered. */
const sizes = new WeakMap<PageKeyPart, number>();
function sizeOf(part: PageKeyPart): number {
  let size = sizes.get(part);
  if (size === undefined) {
    size = Object.keys(part).length;
    sizes.set(part, size);
  }
  return size;
}
