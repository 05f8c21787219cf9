/**
 * Calendar dates (`YYYY-MM-DD`): a date's year and month, and today's. A year's records file, its
 * search shard, its date archive and its split-build owner must agree on an article's year, so
 * they all ask here.
 */
export const yearOf = (date: string): string => date.slice(0, 4);

/** `2026-01-03` → `2026-01`. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** Today's date where the build runs, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
