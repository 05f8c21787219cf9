import type { PageLink } from "./pages.ts";

/** Where every trail of breadcrumbs starts. */
export const HOME: PageLink = { label: "Home", path: "/" };

/** The trail of a page one step below home (the archive, search, the lists of tags, outlets, names): home, then the page. */
export function sectionCrumbs(label: string, path: string): PageLink[] {
  return [HOME, { label, path }];
}
