/**
 * The year and month of a calendar date (`YYYY-MM-DD`). A year's records file, its search shard,
 * its date archive and its split-build owner must agree on an article's year, so they all ask here.
 */
export const yearOf = (date: string): string => date.slice(0, 4);

/** `2026-01-03` → `2026-01`. */
export const monthOf = (date: string): string => date.slice(0, 7);
