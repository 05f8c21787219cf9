/**
 * The year pages' calendar heat map, and the archive page's strip of each year, as plain data:
 * the templates draw them as SVG (layouts/_includes/calendar.njk), escaping as everywhere. Pure.
 */
import { pluralize, readableDate } from "./format.ts";

// Not date-archive.ts's: it draws these calendars, and the import would go round in a circle.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** `2025-03-14` → `/2025/03/14/`, the day's page. */
const dayPath = (date: string): string => `/${date.replaceAll("-", "/")}/`;

/** A cell's side and the space between cells, in the SVG's units. */
const CELL = 10;
const STEP = 12;
const LEFT = 30; // room for the weekday names
const TOP = 16; // room for the month names

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface CalendarCell {
  x: number;
  y: number;
  level: HeatLevel;
  /** `March 14, 2025: 3 articles`; the link to the day's page, for a day with articles. */
  label: string;
  path: string | null;
}

export interface YearCalendar {
  width: number;
  height: number;
  cell: number;
  cells: CalendarCell[];
  months: Array<{ x: number; label: string }>;
  weekdays: Array<{ y: number; label: string }>;
  /** What the picture shows, in words: `Articles on 45 of 365 days; the busiest, March 14, 2025, had 3 articles.` */
  summary: string;
}

/** One row of a year, a unit a day, for the archive page: only the days with articles are drawn. */
export interface YearStrip {
  year: string;
  days: number;
  cells: Array<{ x: number; level: HeatLevel }>;
  summary: string;
}

/** Each day of `year` (`2025`), as `YYYY-MM-DD`, with its weekday (0 is Sunday). Years before 1000 too. */
function daysOf(year: string): Array<{ date: string; weekday: number }> {
  const days: Array<{ date: string; weekday: number }> = [];
  const day = new Date(0);
  day.setUTCFullYear(Number(year), 0, 1);
  while (day.getUTCFullYear() === Number(year)) {
    days.push({ date: `${year}-${String(day.getUTCMonth() + 1).padStart(2, "0")}-${String(day.getUTCDate()).padStart(2, "0")}`, weekday: day.getUTCDay() });
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

/** A day's shade: none for no articles, then four steps up to the year's busiest day. */
export function heatLevel(count: number, max: number): HeatLevel {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((4 * count) / max)) as HeatLevel;
}

function summaryOf(counts: ReadonlyMap<string, number>, days: number): string {
  let busiest: [string, number] | null = null;
  for (const entry of counts) if (!busiest || entry[1] > busiest[1] || (entry[1] === busiest[1] && entry[0] < busiest[0])) busiest = entry;
  if (!busiest) return `No articles in any of ${days} days.`;
  return `Articles on ${counts.size} of ${days} days; the busiest, ${readableDate(busiest[0])}, had ${pluralize(busiest[1], "article")}.`;
}

/**
 * A year as weeks (columns, Sunday first) of days (rows), each day shaded by its number of
 * articles in `counts` (by `YYYY-MM-DD`); a day with articles links to its page.
 */
export function yearCalendar(year: string, counts: ReadonlyMap<string, number>): YearCalendar {
  const days = daysOf(year);
  const max = Math.max(0, ...counts.values());
  const offset = days[0]!.weekday;
  const months: YearCalendar["months"] = [];
  const cells = days.map(({ date, weekday }, index): CalendarCell => {
    const week = Math.floor((index + offset) / 7);
    const x = LEFT + week * STEP;
    if (date.endsWith("-01")) months.push({ x, label: MONTHS[Number(date.slice(5, 7)) - 1]! });
    const count = counts.get(date) ?? 0;
    return { x, y: TOP + weekday * STEP, level: heatLevel(count, max), label: `${readableDate(date)}: ${count ? pluralize(count, "article") : "no articles"}`, path: count ? dayPath(date) : null };
  });
  const weeks = Math.floor((days.length - 1 + offset) / 7) + 1;
  return {
    width: LEFT + weeks * STEP,
    height: TOP + 7 * STEP,
    cell: CELL,
    cells,
    months,
    weekdays: [1, 3, 5].map((row) => ({ y: TOP + row * STEP + CELL - 1, label: ["Mon", "Wed", "Fri"][(row - 1) / 2]! })),
    summary: summaryOf(counts, days.length),
  };
}

/** A year in one row, a unit a day, for the archive page. */
export function yearStrip(year: string, counts: ReadonlyMap<string, number>): YearStrip {
  const days = daysOf(year);
  const max = Math.max(0, ...counts.values());
  const cells: YearStrip["cells"] = [];
  days.forEach(({ date }, x) => {
    const count = counts.get(date) ?? 0;
    if (count) cells.push({ x, level: heatLevel(count, max) });
  });
  return { year, days: days.length, cells, summary: summaryOf(counts, days.length) };
}
