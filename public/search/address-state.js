// The search as the page's address holds it: /search/?q=tram&year=2025&month=2025-03&outlet=Reuters&tag=transport&person=Sergei%20Lavrov&sort=newest
// so that a search can be shared, bookmarked and restored with the Back button. Pure functions of
// strings, apart from the page (search-page.js) that reads `location` and calls them.

/** @typedef {"year" | "month" | "outlet" | "tag" | "person" | "place" | "organisation"} FilterKey */
/** @typedef {"relevance" | "newest" | "oldest"} Sort */
/** @typedef {{ q: string, sort: Sort } & Record<FilterKey, string>} Query */
/** @typedef {{ q: string, sort: string } & Record<FilterKey, string>} Fields */

/** @type {readonly FilterKey[]} */
export const FILTERS = ["year", "month", "outlet", "tag", "person", "place", "organisation"];
/** @type {readonly Sort[]} */
export const SORTS = ["relevance", "newest", "oldest"];

/**
 * The query in an address's search part (`?q=tram&year=2025`): missing values are empty.
 * @param {string} search
 * @returns {Query}
 */
export function readAddress(search) {
  const params = new URLSearchParams(search);
  return normalise(fieldsFrom((key) => params.get(key) ?? ""));
}

/**
 * The address of `query` on the page at `pathname`: only what differs from the defaults, in a
 * fixed order, so the same search always has the same address.
 * @param {string} pathname
 * @param {Query} query
 */
export function addressOf(pathname, query) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of FILTERS) if (query[key]) params.set(key, query[key]);
  if (query.sort !== "relevance") params.set("sort", query.sort);
  const search = params.toString();
  return pathname + (search ? `?${search}` : "");
}

/**
 * A query from raw field values (the address's or the form's): trimmed, an unknown sort made "relevance".
 * @param {Fields} fields
 * @returns {Query}
 */
export function normalise(fields) {
  const sort = SORTS.find((known) => known === fields.sort) ?? "relevance";
  const filters = /** @type {Record<FilterKey, string>} */ (Object.fromEntries(FILTERS.map((key) => [key, fields[key].trim()])));
  return { q: fields.q.trim(), sort, ...filters };
}

/**
 * Raw field values, one per name the address and the form share.
 * @param {(name: "q" | "sort" | FilterKey) => string | undefined} valueOf
 * @returns {Fields}
 */
export function fieldsFrom(valueOf) {
  const filters = /** @type {Record<FilterKey, string>} */ (Object.fromEntries(FILTERS.map((key) => [key, valueOf(key) ?? ""])));
  return { q: valueOf("q") ?? "", sort: valueOf("sort") ?? "", ...filters };
}

/**
 * The filters the query sets, as Pagefind takes them: `{ year: "2025", outlet: "Reuters" }`.
 * @param {Query} query
 * @returns {Partial<Record<FilterKey, string>>}
 */
export function chosenFilters(query) {
  return Object.fromEntries(FILTERS.filter((key) => query[key]).map((key) => [key, query[key]]));
}

/**
 * Whether the query asks for anything: words or a filter (with neither, the page shows no results).
 * @param {Query} query
 */
export function asksForResults(query) {
  return Boolean(query.q) || FILTERS.some((key) => query[key]);
}

/**
 * The month to keep when the reader picks `year`: the month if it lies in that year, else none
 * ("All years" clears the month too).
 * @param {string} month `2025-03` or ""
 * @param {string} year `2025` or ""
 */
export function monthAfterYearChoice(month, year) {
  return month.startsWith(`${year}-`) ? month : "";
}
