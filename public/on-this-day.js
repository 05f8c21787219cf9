// The home page's "On this day" link (layouts/_includes/pages/list.njk): the build cannot know the
// reader's today (and its pages must not depend on the build's date), so this script points the
// link at today's page in the reader's time zone. Without it, the link leads to the index of days.

/**
 * Where the link should lead on `today`: its day's page when the archive has one, else the index
 * at today's month when that month has days, else the index.
 * @param {readonly string[]} days the days with a page, as `MM-DD`
 * @param {string} base the index's address, e.g. `/news/on-this-day/`
 * @param {Date} today read in the local time zone
 * @returns {{ href: string, day: string | null }} `day`: the `MM-DD` linked, or null for the index
 */
export function onThisDayTarget(days, base, today) {
  const month = String(today.getMonth() + 1).padStart(2, "0");
  const day = `${month}-${String(today.getDate()).padStart(2, "0")}`;
  if (days.includes(day)) return { href: `${base}${day}/`, day };
  if (days.some((known) => known.startsWith(`${month}-`))) return { href: `${base}#month-${month}`, day: null };
  return { href: base, day: null };
}

const dayName = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric" });

if (typeof document !== "undefined") {
  const link = /** @type {HTMLAnchorElement | null} */ (document.querySelector("a[data-on-this-day]"));
  if (link) {
    const today = new Date();
    const days = (link.dataset.onThisDay ?? "").split(" ").filter(Boolean);
    const target = onThisDayTarget(days, link.dataset.onThisDayBase ?? link.getAttribute("href") ?? "/", today);
    link.href = target.href;
    if (target.day) link.textContent = `On this day: ${dayName.format(today)}`;
  }
}
