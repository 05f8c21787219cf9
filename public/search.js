// Broadsheet's search page (layouts/search.njk), on Pagefind's search API.
//
// The build writes one Pagefind index per year (pagefind/<year>/) and lists them, newest first,
// in pagefind/shards.json with the number of articles per year, month and outlet. This script
// fills the filters from that list, loads the newest year's index and merges the others into it,
// searches as the reader types, and keeps the search in the page's address:
// /search/?q=tram&year=2025&month=2025-03&outlet=Reuters&sort=newest
//
// A plain ES module without inline scripts or event-handler attributes, so a strict Content
// Security Policy holds (Pagefind needs 'wasm-unsafe-eval'). Article text is only ever inserted
// as text; Pagefind's excerpt is reduced to text and <mark> elements.

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 200;
const FILTERS = ["year", "month", "outlet"];
const SORTS = ["relevance", "newest", "oldest"];
const monthName = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" });
const longDate = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

const root = document.getElementById("search");
if (root) startSearchPage(root);

function startSearchPage(root) {
  const prefix = root.dataset.pathPrefix || "/";
  const form = root.querySelector("form");
  const field = (name) => form.elements.namedItem(name);
  const input = field("q");
  const status = root.querySelector("[data-search-status]");
  const list = root.querySelector("[data-search-results]");
  const more = root.querySelector("[data-search-more]");
  const archive = once(() => loadShardList(prefix));
  const engine = once(() => archive().then((shards) => loadPagefind(prefix, shards)));
  // Filter counts for a search need Pagefind's filter indexes, loaded after the first results.
  const filterIndexes = once(() => engine().then((pagefind) => pagefind?.filters()));
  let generation = 0; // the latest search: answers to older ones are dropped
  let shown = null; // the search on screen: { query, count, take, hits }
  let typing = false; // the current history entry belongs to the words being typed
  let timer = 0;

  const readForm = () => normalise(Object.fromEntries(["q", "sort", ...FILTERS].map((key) => [key, field(key).value])));

  const writeForm = (query) => {
    input.value = query.q;
    field("sort").value = query.sort;
    for (const key of FILTERS) selectValue(field(key), query[key]);
  };

  /** Lists the choices of each filter with their counts: the archive's, or the search's. */
  const fillFilters = (query, counts) => {
    const facets = counts ?? archive.value?.filters ?? {};
    const choices = (key, label) => Object.entries(facets[key] ?? {}).map(([value, count]) => ({ value, count, label: label(value) }));
    const months = choices("month", monthLabel).filter(({ value }) => !query.year || value.startsWith(`${query.year}-`));
    fillSelect(field("year"), "All years", choices("year", String).sort(by((c) => c.value, -1)), query.year);
    fillSelect(field("month"), "All months", months.sort(by((c) => c.value, -1)), query.month);
    fillSelect(field("outlet"), "All outlets", choices("outlet", String).sort(by((c) => c.label.toLowerCase(), 1)), query.outlet);
  };

  /** Runs the search in the form; `history` is "push", "replace" or "none". */
  const update = async (history) => {
    const query = readForm();
    if (history !== "none") {
      const url = addressOf(query);
      if (url !== location.pathname + location.search) window.history[history === "push" ? "pushState" : "replaceState"](null, "", url);
    }
    const run = ++generation;
    try {
      const { filters: facets, total } = await archive();
      if (run !== generation) return;
      if (!query.q && !FILTERS.some((key) => query[key])) {
        shown = null;
        list.replaceChildren();
        more.hidden = true;
        fillFilters(query, null);
        status.textContent = idleMessage(total);
        return;
      }
      list.setAttribute("aria-busy", "true");
      const pagefind = await engine();
      if (!pagefind) return void (status.textContent = "The archive has no articles to search yet.");
      const found = await runSearch(pagefind, query, Object.keys(facets.year ?? {}));
      if (run !== generation) return;
      shown = { query, ...found, hits: [] };
      await showMore(run, true);
      if (run !== generation) return;
      status.textContent = countMessage(query, found.count);
      list.removeAttribute("aria-busy");
      const counts = await filterIndexes().then(() => filterCounts(pagefind, query), () => null);
      if (run === generation) fillFilters(query, counts);
    } catch (error) {
      if (run !== generation) return;
      console.warn("Broadsheet search failed:", error);
      status.textContent = "Search could not run. Reload the page to try again.";
    } finally {
      if (run === generation) list.removeAttribute("aria-busy");
    }
  };

  const showMore = async (run, fresh) => {
    const from = fresh ? 0 : shown.hits.length;
    const hits = await shown.take(from + PAGE_SIZE);
    const page = await Promise.all(hits.slice(from, from + PAGE_SIZE).map((hit) => hit.data()));
    if (run !== generation) return;
    shown.hits = hits;
    const items = page.map((data) => resultItem(data, Boolean(shown.query.q)));
    if (fresh) list.replaceChildren(...items);
    else list.append(...items);
    more.hidden = hits.length >= shown.count;
    if (!fresh) items[0]?.querySelector("a")?.focus();
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    engine().then((pagefind) => pagefind?.preload(input.value.trim())).catch(() => {});
    timer = setTimeout(() => {
      update(typing ? "replace" : "push");
      typing = true;
    }, TYPING_DELAY_MS);
  });
  input.addEventListener("blur", () => (typing = false));
  // Start loading Pagefind as soon as the reader turns to the form.
  form.addEventListener("focusin", () => engine().catch(() => {}), { once: true });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    const month = field("month");
    if (event.target === field("year") && month.value && !month.value.startsWith(`${field("year").value}-`)) month.value = "";
    typing = false;
    update("push");
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(typing ? "replace" : "push");
    typing = false;
  });
  more.addEventListener("click", () => showMore(generation, false).catch((error) => console.warn("Broadsheet search failed:", error)));
  window.addEventListener("popstate", () => {
    clearTimeout(timer);
    typing = false;
    writeForm(readAddress(location.search));
    update("none");
  });

  root.hidden = false;
  writeForm(readAddress(location.search));
  update("none");
}

/** `pagefind/shards.json`, with the articles' count and the filters' counts over all shards. */
async function loadShardList(prefix) {
  const response = await fetch(`${prefix}pagefind/shards.json`, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${prefix}pagefind/shards.json: HTTP ${response.status}`);
  const { shards } = await response.json();
  const filters = {};
  for (const shard of shards) {
    for (const [key, counts] of Object.entries(shard.filters)) {
      for (const [value, count] of Object.entries(counts)) (filters[key] ??= {})[value] = (filters[key][value] ?? 0) + count;
    }
  }
  return { shards, filters, total: shards.reduce((sum, shard) => sum + shard.articles, 0) };
}

/** Loads the newest year's Pagefind bundle and merges every other year's into it. */
async function loadPagefind(prefix, { shards }) {
  if (shards.length === 0) return null;
  const [first, ...others] = shards;
  const pagefind = await import(`${prefix}pagefind/${first.id}/pagefind.js`);
  // The records hold paths without the site's prefix; Pagefind puts `baseUrl` before them.
  const options = { baseUrl: prefix, excerptLength: 32, excerptEllipsis: "…" };
  await pagefind.options(options);
  await Promise.all(others.map((shard) => pagefind.mergeIndex(`${prefix}pagefind/${shard.id}/`, options)));
  return pagefind;
}

/**
 * Searches with the query's filters; `take(n)` gives the first n results in the chosen order.
 * Pagefind orders the results of merged indexes by score alone, so a date sort across years is
 * made here: year by year (newest or oldest first), each year sorted by Pagefind.
 */
async function runSearch(pagefind, query, years) {
  const term = query.q || null; // null: every article that passes the filters
  const filters = chosenFilters(query);
  const found = await pagefind.search(term, { filters });
  const count = found.results.length;
  const direction = term && query.sort === "relevance" ? null : query.sort === "oldest" ? "asc" : "desc";
  if (!direction || count === 0) return { count, take: async () => found.results };

  const left = (query.year ? [query.year] : [...years]).sort();
  if (direction === "desc") left.reverse();
  const hits = [];
  const take = async (n) => {
    while (hits.length < n && left.length > 0) {
      const inYear = await pagefind.search(term, { filters: { ...filters, year: left.shift() }, sort: { date: direction } });
      hits.push(...inYear.results);
    }
    return hits;
  };
  return { count, take };
}

/** For each filter, how many results each choice would give with the other filters kept. */
async function filterCounts(pagefind, query) {
  const term = query.q || null;
  const filters = chosenFilters(query);
  const counts = { ...(await pagefind.search(term, { filters })).filters };
  for (const key of Object.keys(filters)) {
    const { [key]: _, ...others } = filters;
    counts[key] = (await pagefind.search(term, { filters: others })).filters[key] ?? {};
  }
  return counts;
}

function chosenFilters(query) {
  return Object.fromEntries(FILTERS.filter((key) => query[key]).map((key) => [key, query[key]]));
}

function resultItem(data, withExcerpt) {
  const item = element("li", "search-result");
  const title = element("h2", "search-result__title");
  const href = sameSiteHref(data.url);
  const titleText = data.meta.title || data.url;
  if (href) {
    const link = element("a", "", titleText);
    link.href = href;
    title.append(link);
  } else {
    title.append(titleText);
  }
  const meta = element("p", "search-result__meta");
  if (data.meta.date) {
    const time = element("time", "", readableDate(data.meta.date));
    time.dateTime = data.meta.date;
    meta.append(time);
  }
  if (data.meta.outlet) {
    if (meta.childNodes.length > 0) meta.append(separator());
    meta.append(element("span", "search-result__outlet", data.meta.outlet));
  }
  const excerpt = element("p", "search-result__excerpt");
  if (withExcerpt && data.excerpt) excerpt.append(highlighted(data.excerpt));
  else excerpt.textContent = data.meta.summary ?? "";
  item.append(title, meta, excerpt);
  return item;
}

/** Pagefind's excerpt (escaped text, <mark> around matched words) as text and <mark>s only. */
function highlighted(excerptHtml) {
  const parsed = new DOMParser().parseFromString(excerptHtml, "text/html"); // inert: nothing runs or loads
  const out = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    out.append(node.nodeName === "MARK" ? element("mark", "", node.textContent) : node.textContent);
  }
  return out;
}

/** A result's address, only when it stays on this site. */
function sameSiteHref(url) {
  try {
    const target = new URL(url, location.href);
    return target.origin === location.origin ? target.pathname + target.search + target.hash : null;
  } catch {
    return null;
  }
}

function countMessage(query, count) {
  const what = query.q ? ` for “${query.q}”` : "";
  const where = describeFilters(query);
  if (count === 0) {
    const hint = where ? "Try removing a filter." : "Check the spelling, or try fewer or other words.";
    return `No results${what}${where}. ${hint}`;
  }
  return `${count.toLocaleString("en-US")} ${count === 1 ? "result" : "results"}${what}${where}.`;
}

function idleMessage(total) {
  if (total === 0) return "The archive has no articles to search yet.";
  return `Type a word to search ${total.toLocaleString("en-US")} ${total === 1 ? "article" : "articles"}, or choose a year, month or outlet.`;
}

function describeFilters(query) {
  const parts = [];
  if (query.month) parts.push(`in ${monthLabel(query.month)}`);
  else if (query.year) parts.push(`in ${query.year}`);
  if (query.outlet) parts.push(`from ${query.outlet}`);
  return parts.length > 0 ? ` ${parts.join(" ")}` : "";
}

function fillSelect(select, allLabel, choices, selected) {
  const all = element("option", "", allLabel);
  all.value = "";
  const options = choices.map(({ value, label, count }) => {
    const option = element("option", "", `${label} (${count.toLocaleString("en-US")})`);
    option.value = value;
    return option;
  });
  if (selected && !choices.some((choice) => choice.value === selected)) options.unshift(optionFor(selected));
  select.replaceChildren(all, ...options);
  select.value = selected;
}

/** Selects a value, adding it when the list does not have it (yet). */
function selectValue(select, value) {
  if (value && ![...select.options].some((option) => option.value === value)) select.append(optionFor(value));
  select.value = value;
}

function optionFor(value) {
  const option = element("option", "", /^\d{4}-\d{2}$/.test(value) ? monthLabel(value) : value);
  option.value = value;
  return option;
}

/** `2025-03-14` → `March 14, 2025`, as the article pages write it. */
function readableDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return year && month && day ? longDate.format(new Date(Date.UTC(year, month - 1, day))) : iso;
}

function monthLabel(value) {
  const [year, month] = value.split("-").map(Number);
  if (!year || !month) return value;
  return `${monthName.format(new Date(Date.UTC(year, month - 1, 1)))} ${year}`;
}

function readAddress(search) {
  const params = new URLSearchParams(search);
  return normalise(Object.fromEntries(["q", "sort", ...FILTERS].map((key) => [key, params.get(key) ?? ""])));
}

function normalise(query) {
  const clean = { q: query.q.trim(), sort: SORTS.includes(query.sort) ? query.sort : "relevance" };
  for (const key of FILTERS) clean[key] = query[key].trim();
  return clean;
}

/** The page's address for a query: what differs from the defaults, in a fixed order. */
function addressOf(query) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of FILTERS) if (query[key]) params.set(key, query[key]);
  if (query.sort !== "relevance") params.set("sort", query.sort);
  const search = params.toString();
  return location.pathname + (search ? `?${search}` : "");
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function separator() {
  const node = element("span", "sep", " · ");
  node.setAttribute("aria-hidden", "true");
  return node;
}

function by(key, direction) {
  return (a, b) => (key(a) < key(b) ? -direction : key(a) > key(b) ? direction : 0);
}

/** A function that runs `make` once and keeps its promise (and, once settled, its value). */
function once(make) {
  let promise;
  const get = () => {
    promise ??= make().then((value) => (get.value = value));
    return promise;
  };
  return get;
}
