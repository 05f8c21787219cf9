// The search page's entry (layouts/search.njk loads it as a module): wires the form's events to
// the engine (Pagefind), the view (DOM) and the address (history), and keeps the one piece of
// state they share, the search on screen. A module without inline scripts or event-handler
// attributes, so a strict Content Security Policy holds (Pagefind needs 'wasm-unsafe-eval').

import { addressOf, asksForResults, monthAfterYearChoice, readAddress } from "./address-state.js";
import { createEngine, pageOf } from "./engine.js";
import { createView } from "./view.js";
import { countMessage, firstAnswerMessage, idleMessage, NO_ARTICLES, SEARCH_FAILED } from "./words.js";

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 200;

const root = document.getElementById("search");
if (root) startSearchPage(root);

/** @param {HTMLElement} root */
function startSearchPage(root) {
  const engine = createEngine({ prefix: root.dataset.pathPrefix || "/" });
  const view = createView(root);
  let generation = 0; // the latest search: answers to older ones are dropped
  /** @type {{ query: import("./address-state.js").Query, found: import("./engine.js").Found, next: number } | null} */
  let shown = null; // the search on screen
  let typing = false; // the current history entry belongs to the words being typed
  let timer = 0;

  /**
   * Runs the search in the form.
   * @param {"push" | "replace" | "none"} history
   */
  const update = async (history) => {
    const query = view.readForm();
    if (history !== "none") {
      const url = addressOf(location.pathname, query);
      if (url !== location.pathname + location.search) window.history[history === "push" ? "pushState" : "replaceState"](null, "", url);
    }
    const run = ++generation;
    try {
      const archive = await engine.archive();
      if (run !== generation) return;
      if (!asksForResults(query)) {
        shown = null;
        view.clearResults();
        view.fillFilters(query, archive.filters);
        view.say(idleMessage(archive.total));
        return;
      }
      view.busy(true);
      // The newest bundle first, in a fraction of the bytes; then every bundle, in its place.
      const first = await engine.searchNewest(query);
      if (run !== generation) return;
      if (first) {
        shown = { query, found: first.found, next: 0 };
        await showMore(run, true);
        if (run !== generation) return;
        view.say(first.complete ? countMessage(query, first.found.count) : firstAnswerMessage(query, first.found.count, first.year, first.since));
      }
      const found = first?.complete ? first.found : await engine.search(query);
      if (!found) return void view.say(NO_ARTICLES);
      if (run !== generation) return;
      if (found !== first?.found) {
        shown = { query, found, next: 0 };
        await showMore(run, true);
        if (run !== generation) return;
      }
      view.say(countMessage(query, found.count));
      view.busy(false);
      const counts = await engine.filterCounts(query);
      if (run === generation) view.fillFilters(query, counts ?? archive.filters);
    } catch (error) {
      if (run !== generation) return;
      console.warn("Broadsheet search failed:", error);
      view.say(SEARCH_FAILED);
    } finally {
      if (run === generation) view.busy(false);
    }
  };

  /**
   * Shows the next page of the search on screen, or its first in place of the old results.
   * @param {number} run
   * @param {boolean} fresh
   */
  const showMore = async (run, fresh) => {
    if (!shown) return;
    const { query, found } = shown;
    const page = await pageOf(found, fresh ? 0 : shown.next, PAGE_SIZE);
    if (run !== generation) return;
    shown.next = page.next;
    view.showResults(page.data, { withExcerpt: Boolean(query.q), append: !fresh, more: page.more });
  };

  view.input.addEventListener("input", () => {
    clearTimeout(timer);
    engine.preload(view.input.value.trim()).catch(() => {});
    timer = window.setTimeout(() => {
      update(typing ? "replace" : "push");
      typing = true;
    }, TYPING_DELAY_MS);
  });
  view.input.addEventListener("blur", () => (typing = false));
  // Start loading Pagefind as soon as the reader turns to the form.
  view.form.addEventListener("focusin", () => engine.load().catch(() => {}), { once: true });
  view.form.addEventListener("change", (event) => {
    if (event.target === view.input) return;
    const year = view.select("year");
    const month = view.select("month");
    if (event.target === year) month.value = monthAfterYearChoice(month.value, year.value);
    typing = false;
    update("push");
  });
  view.form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(typing ? "replace" : "push");
    typing = false;
  });
  // A click while the page before is loading waits for it: each click shows the page after the last.
  let moreShown = Promise.resolve();
  view.more.addEventListener("click", () => {
    const run = generation;
    moreShown = moreShown.then(() => showMore(run, false)).catch((error) => console.warn("Broadsheet search failed:", error));
  });
  window.addEventListener("popstate", () => {
    clearTimeout(timer);
    typing = false;
    view.writeForm(readAddress(location.search));
    update("none");
  });

  root.hidden = false;
  view.writeForm(readAddress(location.search));
  update("none");
}
