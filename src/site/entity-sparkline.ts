/**
 * An entity's mentions per month as a sparkline: one bar a month from its first mention to its
 * last, drawn by the template as an SVG (layouts/_includes/sparkline.njk) with its words beside it. Pure.
 */
import { pluralize } from "./format.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A bar's width, the space between bars and the tallest bar, in the SVG's units. */
const BAR = 4;
const STEP = 5;
const HEIGHT = 24;

export interface Sparkline {
  width: number;
  height: number;
  bars: Array<{ x: number; y: number; width: number; height: number; label: string }>;
  /** The picture in words: `named in 14 of 20 months from March 2024 to October 2025; most in May 2025 (4 articles).` */
  summary: string;
}

/** `2025-03` → `March 2025`. */
export const monthName = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** Every month (`YYYY-MM`) from `first` to `last`, both included. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const id = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    months.push(id);
    if (id >= last) return months;
    if (++month > 12) [year, month] = [year + 1, 1];
  }
}

/** The sparkline of articles with these dates (`YYYY-MM-DD`, any order). */
export function sparkline(dates: readonly string[]): Sparkline {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  const known = [...counts.keys()].sort();
  if (known.length === 0) return { width: 0, height: HEIGHT, bars: [], summary: "not named." };
  const months = monthsBetween(known[0]!, known.at(-1)!);
  const max = Math.max(...counts.values());
  const bars = months.map((month, index) => {
    const count = counts.get(month) ?? 0;
    // A month without mentions is a sliver, so the gap reads as a month, not as the end of the line.
    const height = count ? Math.max(2, Math.round((HEIGHT * count) / max)) : 1;
    return { x: index * STEP, y: HEIGHT - height, width: BAR, height, label: `${monthName(month)}: ${count ? pluralize(count, "article") : "none"}` };
  });
  const busiest = known.reduce((best, month) => (counts.get(month)! > counts.get(best)! ? month : best));
  const span = months.length === 1 ? `in ${monthName(months[0]!)}` : `in ${known.length} of ${months.length} months from ${monthName(months[0]!)} to ${monthName(months.at(-1)!)}`;
  return { width: months.length * STEP - (STEP - BAR), height: HEIGHT, bars, summary: `named ${span}; most in ${monthName(busiest)} (${pluralize(counts.get(busiest)!, "article")}).` };
}
