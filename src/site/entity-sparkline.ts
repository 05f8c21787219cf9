/**
 * An entity's mentions per month as a sparkline: one bar a month from its first mention to its
 * last, drawn by the template as an SVG (layouts/_includes/entity-summary.njk) with its words
 * beside it. The page holds the counts (`monthCounts`); the render draws them (`sparkline`, a
 * filter): 180 bars of a name named over 15 years are 25 KB of objects, its counts 1.4 KB, and
 * the plan holds every name's page through the render. Pure.
 */
import { monthOf } from "../common/calendar-date.ts";
import { pluralize } from "./format.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A bar's width, the space between bars and the tallest bar, in the SVG's units. */
const BAR = 4;
const STEP = 5;
const HEIGHT = 24;

/** Articles a month, from `start` (`YYYY-MM`) on, one count a month to the last mention. */
export interface MonthCounts {
  start: string;
  counts: number[];
}

export interface Sparkline {
  width: number;
  height: number;
  bars: Array<{ x: number; y: number; width: number; height: number; label: string }>;
  /** The picture in words: `named in 14 of 20 months from March 2024 to October 2025; most in May 2025 (4 articles).` */
  summary: string;
}

/** `2025-03` → `March 2025`. */
export const monthName = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** A month (`YYYY-MM`) as a count of months since year 0, and back. */
const monthNumber = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (number: number): string => `${String(Math.floor(number / 12)).padStart(4, "0")}-${String((number % 12) + 1).padStart(2, "0")}`;

/** The month `offset` months after `start`. */
const monthAfter = (start: string, offset: number): string => monthAt(monthNumber(start) + offset);

/** Articles a month, of articles with these dates (`YYYY-MM-DD`, any order). */
export function monthCounts(dates: readonly string[]): MonthCounts {
  if (dates.length === 0) return { start: "", counts: [] };
  const months = dates.map(monthOf);
  const start = months.reduce((first, month) => (month < first ? month : first));
  const counts: number[] = [];
  for (const month of months) {
    const offset = monthNumber(month) - monthNumber(start);
    while (counts.length <= offset) counts.push(0);
    counts[offset]!++;
  }
  return { start, counts };
}

/** The sparkline of these counts: its bars and its words. */
export function sparkline({ start, counts }: MonthCounts): Sparkline {
  if (counts.length === 0) return { width: 0, height: HEIGHT, bars: [], summary: "not named." };
  const max = Math.max(...counts);
  const bars = counts.map((count, index) => {
    // A month without mentions is a sliver, so the gap reads as a month, not as the end of the line.
    const height = count ? Math.max(2, Math.round((HEIGHT * count) / max)) : 1;
    return { x: index * STEP, y: HEIGHT - height, width: BAR, height, label: `${monthName(monthAfter(start, index))}: ${count ? pluralize(count, "article") : "none"}` };
  });
  const busiest = monthAfter(start, counts.indexOf(max));
  const named = counts.filter((count) => count > 0).length;
  const last = monthAfter(start, counts.length - 1);
  const span = counts.length === 1 ? `in ${monthName(start)}` : `in ${named} of ${counts.length} months from ${monthName(start)} to ${monthName(last)}`;
  return { width: counts.length * STEP - (STEP - BAR), height: HEIGHT, bars, summary: `named ${span}; most in ${monthName(busiest)} (${pluralize(max, "article")}).` };
}
