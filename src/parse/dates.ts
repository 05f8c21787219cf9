/**
 * Calendar dates in seeds. A date is a plain `YYYY-MM-DD` string from parse to page:
 * it never becomes a local-time `Date`, so the build machine's time zone cannot shift it.
 */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** `jan`, `january`, `sept` and `sep` all name a month; returns 1–12 or 0. */
function monthNumber(word: string): number {
  const name = word.toLowerCase().replace(/\.$/, "");
  if (name.length < 3) return 0;
  if (name === "sept") return 9;
  const index = MONTHS.findIndex((month) => month === name || (name.length === 3 && month.startsWith(name)));
  return index + 1;
}

const MONTH = String.raw`([A-Za-z]{3,9}\.?)`;
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2}|Z)?)?`;

/** The shapes a date line may take; each yields year, month and day. */
const SHAPES: Array<{ pattern: RegExp; pick: (m: RegExpMatchArray) => [string, string, string] }> = [
  // January 03, 2026 · Jan. 3, 2026 · Nov 3 2025
  { pattern: new RegExp(String.raw`^${MONTH}\s+(\d{1,2}),?\s+(\d{4})${TIME}$`), pick: (m) => [m[3]!, m[1]!, m[2]!] },
  // 3 January 2026 · 3 Jan. 2026
  { pattern: new RegExp(String.raw`^(\d{1,2})\s+${MONTH},?\s+(\d{4})${TIME}$`), pick: (m) => [m[3]!, m[2]!, m[1]!] },
  // 2026-01-03 · 2026-01-03T14:30:00Z · 2026-01-03 14:30
  { pattern: new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?${TIME}$`), pick: (m) => [m[1]!, m[2]!, m[3]!] },
];

/** A date line's day and, when it gives one, its time of day (`14:30`, `09:05:10`: 24-hour, its zone left out). */
export type DateReading = { kind: "date"; date: string; time?: string } | { kind: "invalid"; reason: string } | { kind: "none" };

/** Whether `year-month-day` exists on the calendar (February 30 does not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate(); // leap year 2000 gives Feb 29
  if (day > daysInMonth) return false;
  return !(month === 2 && day === 29 && !isLeapYear(year));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Reads a whole line as a date. `none` means the line is not shaped like a date at all;
 * `invalid` means it is, but names no real day (so the seed author should fix it).
 */
export function readDateLine(line: string): DateReading {
  const text = line.trim().replace(/\s+/g, " ");
  for (const { pattern, pick } of SHAPES) {
    const match = text.match(pattern);
    if (!match) continue;
    const [yearText, monthText, dayText] = pick(match);
    const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
    if (month === 0) return { kind: "none" };
    const year = Number(yearText);
    const day = Number(dayText);
    if (!isCalendarDate(year, month, day)) {
      return { kind: "invalid", reason: `"${text}" is not a day on the calendar` };
    }
    const time = timeOfDay(text);
    return time ? { kind: "date", date: formatIsoDate(year, month, day), time } : { kind: "date", date: formatIsoDate(year, month, day) };
  }
  return { kind: "none" };
}

/**
 * The time a date line gives, 24-hour (`2:30 p.m.` → `14:30`), or null (none, or no real time).
 * Only the order of an article's captures uses it, so its zone is left out.
 */
function timeOfDay(text: string): string | null {
  const match = text.match(/(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?/);
  if (!match) return null;
  let hours = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem && (hours < 1 || hours > 12)) return null;
  if (meridiem === "p" && hours < 12) hours += 12;
  if (meridiem === "a" && hours === 12) hours = 0;
  if (hours > 23 || Number(match[2]) > 59 || Number(match[3] ?? 0) > 59) return null;
  return `${String(hours).padStart(2, "0")}:${match[2]}${match[3] ? `:${match[3]}` : ""}`;
}

/** The date in a URL path such as `/2026/01/03/slug`, or null. */
export function dateFromUrl(url: string): string | null {
  const match = url.match(/\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? formatIsoDate(year, month, day) : null;
}

/** A YAML date (gray-matter gives a UTC midnight `Date`) as its calendar day. */
export function dateFromYaml(value: Date): string | null {
  if (Number.isNaN(value.getTime())) return null;
  return formatIsoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}
