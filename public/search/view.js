// The search page's DOM (layouts/search.njk): reads and fills the form, shows the status line and
// the results. Article text is only ever inserted as text; Pagefind's excerpt is reduced to text
// and <mark> elements, so nothing from the index can run or load in the page.

import { fieldsFrom, FILTERS, normalise } from "./address-state.js";
import { choiceText, filterChoices, readableDate, valueLabel } from "./words.js";

/** @typedef {import("./address-state.js").Query} Query */
/** @typedef {import("./words.js").Choice} Choice */
/** @typedef {import("./words.js").FilterCounts} FilterCounts */
/** @typedef {import("./engine.js").HitData} HitData */
/** @typedef {ReturnType<typeof createView>} View */

/** @param {HTMLElement} root the page's `#search` element */
export function createView(root) {
  const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
  /** @param {string} name */
  const field = (name) => /** @type {HTMLInputElement | HTMLSelectElement} */ (form.elements.namedItem(name));
  /** @param {string} name */
  const select = (name) => /** @type {HTMLSelectElement} */ (form.elements.namedItem(name));
  const input = /** @type {HTMLInputElement} */ (field("q"));
  const status = /** @type {HTMLElement} */ (root.querySelector("[data-search-status]"));
  const list = /** @type {HTMLElement} */ (root.querySelector("[data-search-results]"));
  const more = /** @type {HTMLButtonElement} */ (root.querySelector("[data-search-more]"));

  return {
    form,
    input,
    more,
    select,
    /** The search the form holds. */
    readForm: () => normalise(fieldsFrom((name) => field(name).value)),
    /** @param {Query} query puts a search (from the address) into the form */
    writeForm(query) {
      input.value = query.q;
      select("sort").value = query.sort;
      for (const key of FILTERS) selectValue(select(key), query[key]);
    },
    /**
     * Lists each filter's choices with their counts, keeping the query's choice selected.
     * @param {Query} query
     * @param {FilterCounts} counts the archive's or the search's
     */
    fillFilters(query, counts) {
      const choices = filterChoices(counts, query);
      fillSelect(select("year"), "All years", choices.year, query.year);
      fillSelect(select("month"), "All months", choices.month, query.month);
      fillSelect(select("outlet"), "All outlets", choices.outlet, query.outlet);
      fillSelect(select("tag"), "All tags", choices.tag, query.tag);
      fillSelect(select("person"), "All people", choices.person, query.person);
      fillSelect(select("place"), "All places", choices.place, query.place);
      fillSelect(select("organisation"), "All organisations", choices.organisation, query.organisation);
    },
    /** @param {string} text the status line, announced to screen readers */
    say(text) {
      status.textContent = text;
    },
    /** @param {boolean} busy whether the results are being replaced */
    busy(busy) {
      if (busy) list.setAttribute("aria-busy", "true");
      else list.removeAttribute("aria-busy");
    },
    clearResults() {
      list.replaceChildren();
      more.hidden = true;
    },
    /**
     * Shows a page of results: in place of the old ones, or after them (then the first new link takes the focus).
     * @param {HitData[]} page
     * @param {{ withExcerpt: boolean, append: boolean, more: boolean }} how `more`: whether to offer more results
     */
    showResults(page, { withExcerpt, append, more: offerMore }) {
      const items = page.map((data) => resultItem(data, withExcerpt));
      if (append) list.append(...items);
      else list.replaceChildren(...items);
      more.hidden = !offerMore;
      if (append) items[0]?.querySelector("a")?.focus();
    },
  };
}

/**
 * @param {HitData} data
 * @param {boolean} withExcerpt Pagefind's excerpt when words were searched, else the summary
 */
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

/**
 * Pagefind's excerpt (escaped text, <mark> around matched words) as text and <mark>s only.
 * @param {string} excerptHtml
 */
function highlighted(excerptHtml) {
  const parsed = new DOMParser().parseFromString(excerptHtml, "text/html"); // inert: nothing runs or loads
  const out = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    out.append(node.nodeName === "MARK" ? element("mark", "", node.textContent ?? "") : (node.textContent ?? ""));
  }
  return out;
}

/**
 * A result's address, only when it stays on this site.
 * @param {string} url
 */
function sameSiteHref(url) {
  try {
    const target = new URL(url, location.href);
    return target.origin === location.origin ? target.pathname + target.search + target.hash : null;
  } catch {
    return null;
  }
}

/**
 * @param {HTMLSelectElement} select
 * @param {string} allLabel the first option's, which chooses no filter
 * @param {Choice[]} choices
 * @param {string} selected
 */
function fillSelect(select, allLabel, choices, selected) {
  const all = element("option", "", allLabel);
  all.value = "";
  const options = choices.map((choice) => {
    const option = element("option", "", choiceText(choice));
    option.value = choice.value;
    return option;
  });
  if (selected && !choices.some((choice) => choice.value === selected)) options.unshift(optionFor(selected));
  select.replaceChildren(all, ...options);
  select.value = selected;
}

/**
 * Selects a value, adding it when the list does not have it (yet).
 * @param {HTMLSelectElement} select
 * @param {string} value
 */
function selectValue(select, value) {
  if (value && ![...select.options].some((option) => option.value === value)) select.append(optionFor(value));
  select.value = value;
}

/** @param {string} value */
function optionFor(value) {
  const option = element("option", "", valueLabel(value));
  option.value = value;
  return option;
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} className
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
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
