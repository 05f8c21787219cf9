// What the search page says: its status lines, the filters' choices and labels, dates as the
// article pages write them. Pure, so the wording is kept apart from the DOM that shows it.

/** @typedef {import("./address-state.js").Query} Query */
/** @typedef {Record<string, Record<string, number>>} FilterCounts counts by filter, then by value */
/** @typedef {{ value: string, count: number, label: string }} Choice */

export const NO_ARTICLES = "The archive has no articles to search yet.";
export const SEARCH_FAILED = "Search could not run. Reload the page to try again.";

const monthName = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" });
const longDate = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/**
 * The status line before a search: how many articles there are to search.
 * @param {number} total
 */
export function idleMessage(total) {
  if (total === 0) return NO_ARTICLES;
  return `Type a word to search ${total.toLocaleString("en-US")} ${total === 1 ? "article" : "articles"}, or choose a year, month or outlet.`;
}

/**
 * The status line after a search: `4 results for “tram” in 2024.`, or what to try when there are none.
 * @param {Query} query
 * @param {number} count
 */
export function countMessage(query, count) {
  const what = query.q ? ` for “${query.q}”` : "";
  const where = describeFilters(query);
  if (count === 0) {
    const hint = where ? "Try removing a filter." : "Check the spelling, or try fewer or other words.";
    return `No results${what}${where}. ${hint}`;
  }
  return `${count.toLocaleString("en-US")} ${count === 1 ? "result" : "results"}${what}${where}.`;
}

/**
 * The status line while the rest loads: `3 results for “tram” in 2026 so far; searching the other
 * years…`, or, when the newest year is searched in parts, `… since September 3, 2026 so far;
 * searching the rest of the archive…`
 * @param {Query} query
 * @param {number} count
 * @param {string} year the newest year, whose results are shown
 * @param {string | null} [since] the date from which they are, when not the whole year's
 */
export function firstAnswerMessage(query, count, year, since = null) {
  const what = query.q ? ` for “${query.q}”` : "";
  const results = count === 0 ? "No results" : `${count.toLocaleString("en-US")} ${count === 1 ? "result" : "results"}`;
  const where = since ? `since ${readableDate(since)} so far; searching the rest of the archive…` : `in ${year} so far; searching the other years…`;
  return `${results}${what}${describeFilters(query)} ${where}`;
}

/** @param {Query} query */
function describeFilters(query) {
  const parts = [];
  if (query.month) parts.push(`in ${monthLabel(query.month)}`);
  else if (query.year) parts.push(`in ${query.year}`);
  if (query.outlet) parts.push(`from ${query.outlet}`);
  if (query.tag) parts.push(`tagged “${query.tag}”`);
  const named = [query.person, query.place, query.organisation].filter(Boolean);
  if (named.length > 0) parts.push(`naming ${named.join(" and ")}`);
  return parts.length > 0 ? ` ${parts.join(" ")}` : "";
}

/**
 * Each filter's choices with their counts, in list order: years and months newest first (months
 * only of the chosen year), outlets, tags, people, places and organisations alphabetically.
 * @param {FilterCounts} counts
 * @param {Query} query
 * @returns {{ year: Choice[], month: Choice[], outlet: Choice[], tag: Choice[], person: Choice[], place: Choice[], organisation: Choice[] }}
 */
export function filterChoices(counts, query) {
  /** @type {(key: string, label: (value: string) => string) => Choice[]} */
  const choices = (key, label) => Object.entries(counts[key] ?? {}).map(([value, count]) => ({ value, count, label: label(value) }));
  const months = choices("month", monthLabel).filter(({ value }) => !query.year || value.startsWith(`${query.year}-`));
  return {
    year: choices("year", String).sort(by((c) => c.value, -1)),
    month: months.sort(by((c) => c.value, -1)),
    outlet: choices("outlet", String).sort(by((c) => c.label.toLowerCase(), 1)),
    tag: choices("tag", String).sort(by((c) => c.label.toLowerCase(), 1)),
    person: choices("person", String).sort(by((c) => c.label.toLowerCase(), 1)),
    place: choices("place", String).sort(by((c) => c.label.toLowerCase(), 1)),
    organisation: choices("organisation", String).sort(by((c) => c.label.toLowerCase(), 1)),
  };
}

/**
 * A choice as its option reads: `March 2025 (12)`.
 * @param {Choice} choice
 */
export function choiceText({ label, count }) {
  return `${label} (${count.toLocaleString("en-US")})`;
}

/**
 * A filter value's label when its count is not known: a month's name, or the value itself.
 * @param {string} value
 */
export function valueLabel(value) {
  return /^\d{4}-\d{2}$/.test(value) ? monthLabel(value) : value;
}

/**
 * `2025-03` → `March 2025`.
 * @param {string} value
 */
export function monthLabel(value) {
  const [year, month] = value.split("-").map(Number);
  if (!year || !month) return value;
  return `${monthName.format(new Date(Date.UTC(year, month - 1, 1)))} ${year}`;
}

/**
 * `2025-03-14` → `March 14, 2025`, as the article pages write it.
 * @param {string} iso
 */
export function readableDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return year && month && day ? longDate.format(new Date(Date.UTC(year, month - 1, day))) : iso;
}

/**
 * @template T
 * @param {(item: T) => string} key
 * @param {1 | -1} direction
 * @returns {(a: T, b: T) => number}
 */
function by(key, direction) {
  return (a, b) => (key(a) < key(b) ? -direction : key(a) > key(b) ? direction : 0);
}
