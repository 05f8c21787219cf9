/** Template filters: small pure functions, each registered by the plugin. */
import { memoize } from "../common/memoize.ts";

const longDate = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
/** `12,345`. One formatter for every call: `toLocaleString` makes a new one each time. */
const wholeNumber = new Intl.NumberFormat("en-US");

/**
 * `2026-01-03` → `January 3, 2026`, whatever the build machine's time zone. Remembered: formatting
 * costs far more than a lookup, and an archive has a few thousand days, each shown many times.
 */
export const readableDate = memoize((isoDate) => {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return longDate.format(date);
});

/** A count with its noun: `1 word`, `612 words`. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${wholeNumber.format(count)} ${count === 1 ? singular : plural}`;
}

/** `2026-01-03` → `2026-01-03T00:00:00Z`: an RFC 3339 timestamp for a calendar date (Atom and JSON Feed). */
export function rfc3339Date(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/**
 * A capture time as the pages show it: `2026-01-03T14:30:00Z` → `January 3, 2026, 14:30 UTC`,
 * `…T16:30+02:00` → `January 3, 2026, 16:30 UTC+02:00`, a time without a zone as it is, a day alone as
 * `readableDate` writes it.
 */
export function readableCapture(captured: string): string {
  const match = captured.match(/^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/);
  if (!match) return captured;
  const [, day, time, zone] = match;
  if (!time) return readableDate(day!);
  return `${readableDate(day!)}, ${time}${zone === "Z" ? " UTC" : zone ? ` UTC${zone}` : ""}`;
}
