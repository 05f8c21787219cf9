/** The part of an npm lockfile (version 2 or 3) that says which package is installed where. */
interface Lockfile {
  packages?: Record<string, { version?: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string> }>;
}

/**
 * The installed packages that the named ones need, each as `name@version`, sorted: the named
 * packages and everything they depend on, as the lockfile resolves them. So an upgrade of a
 * package deep down (micromark under remark-parse, js-yaml under gray-matter) is seen, while a
 * package the program never loads (a linter) is not. Pure.
 */
export function lockedPackages(lockfileText: string, names: string[]): string[] {
  const packages = (JSON.parse(lockfileText) as Lockfile).packages ?? {};
  const found = new Set<string>();
  const queue = names.map((name) => resolve(packages, "", name)).filter((at): at is string => at !== null);
  for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
    if (found.has(at)) continue;
    found.add(at);
    const entry = packages[at]!;
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) {
      const dependency = resolve(packages, at, name);
      if (dependency !== null) queue.push(dependency); // an optional one for another platform is not installed
    }
  }
  return [...found].map((at) => `${at.slice(at.lastIndexOf("node_modules/") + "node_modules/".length)}@${packages[at]!.version ?? "?"}`).sort();
}

/** Where Node finds `name` from the package at `from`: its own node_modules, then each one above. */
function resolve(packages: NonNullable<Lockfile["packages"]>, from: string, name: string): string | null {
  for (let base = from; ;) {
    const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (candidate in packages) return candidate;
    if (!base) return null;
    const up = base.lastIndexOf("/node_modules/");
    base = up === -1 ? "" : base.slice(0, up);
  }
}
