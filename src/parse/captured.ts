import { formatIsoDate, isCalendarDate } from "./dates.ts";

/**
 * Front matter `captured`: when the seed was captured from its original, as an ISO 8601 date and
 * time (`2026-01-03T14:30:00Z`, `2026-01-03T16:30+02:00`, `2026-01-03 14:30`) or a day alone
 * (`2026-01-03`). It orders an article's versions (README, Versions), and is kept normalised: `T`
 * between day and time, a zone as `Z` or `±HH:MM`, the seconds only where written.
 */
export type CapturedReading = { kind: "captured"; captured: string } | { kind: "invalid"; reason: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Reads `captured` from the text the front matter line holds (YAML turns an unquoted date-time
 * into a `Date`, losing how it was written), else from the value YAML made.
 */
export function readCaptured(value: Date | string, written: string): CapturedReading {
  const text = (written || (value instanceof Date ? isoOfDate(value) : value)).trim();
  const match = text.match(ISO);
  if (!match) return { kind: "invalid", reason: `\`${text}\` is not an ISO 8601 date and time` };
  const [, year, month, day, hours, minutes, seconds, fraction = "", zone] = match;
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return { kind: "invalid", reason: `\`${text}\` is not a day on the calendar` };
  const date = formatIsoDate(Number(year), Number(month), Number(day));
  if (hours === undefined) return { kind: "captured", captured: date };
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return { kind: "invalid", reason: `\`${text}\` is not a time of day` };
  const offset = zoneOf(zone);
  if (offset === null) return { kind: "invalid", reason: `\`${text}\` has no real time zone offset` };
  return { kind: "captured", captured: `${date}T${hours}:${minutes}${seconds ? `:${seconds}${fraction}` : ""}${offset}` };
}

/** `Z`, `+02:00`, `-0530`, `+02` as `Z` or `±HH:MM`; `""` for none; null for an offset past ±23:59. */
function zoneOf(zone: string | undefined): string | null {
  if (!zone) return "";
  if (zone.toUpperCase() === "Z") return "Z";
  const digits = zone.slice(1).replace(":", "");
  const [hours, minutes = "00"] = [digits.slice(0, 2), digits.slice(2) || undefined];
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  return `${zone[0]}${hours}:${minutes}`;
}

function isoOfDate(value: Date): string {
  return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace(".000Z", "Z");
}
