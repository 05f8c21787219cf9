import type { ParsedArticle } from "../article.ts";
import { byCodeUnits } from "../common/order.ts";
import { groupBy } from "../common/group-by.ts";
import { originalUrlKey } from "./match-keys.ts";

/**
 * Seeds with the same original URL (compared as `originalUrlKey` compares them) are captures of one
 * article taken at different times: its versions (README, Versions). Pure and linear (one map of
 * source URLs, then a sort within each series).
 */
export function versionSeries<T extends Pick<ParsedArticle, "source" | "captured" | "date" | "time" | "seedFile">>(articles: readonly T[]): T[][] {
  const keyOf = (article: T) => (article.source.url ? originalUrlKey(article.source.url) : null);
  const bySource = groupBy(articles, keyOf);
  const series: T[][] = [];
  // In the order of each series' first seed given.
  for (const article of articles) {
    const group = bySource.get(keyOf(article) ?? "");
    if (!group) series.push([article]);
    else if (group[0] === article) series.push(group.length === 1 ? group : [...group].sort(byCapture));
  }
  return series;
}

/**
 * The order of a series' captures, oldest first: by `captured` where a seed gives it, else by its date
 * line (and the line's time), else by the seed's file name.
 */
export function byCapture(a: Pick<ParsedArticle, "captured" | "date" | "time" | "seedFile">, b: Pick<ParsedArticle, "captured" | "date" | "time" | "seedFile">): number {
  return byCodeUnits(captureOrderKey(a), captureOrderKey(b)) || byCodeUnits(a.seedFile, b.seedFile);
}

/**
 * When a capture was taken, as the site shows it: `captured` as the seed writes it (normalised), else
 * the date line's date with its time (`2026-01-03T14:30`), else the date alone.
 */
export function captureTime({ captured, date, time }: Pick<ParsedArticle, "captured" | "date" | "time">): string {
  return captured ?? (time ? `${date}T${time}` : date);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A string whose code-unit order is the order in time: `YYYY-MM-DD`, or with a time
 * `YYYY-MM-DDTHH:MM:SS.sss` in UTC (a time without a zone is taken as UTC). A day alone sorts before
 * any time on it.
 */
export function captureOrderKey(article: Pick<ParsedArticle, "captured" | "date" | "time">): string {
  const match = captureTime(article).match(DATE_TIME);
  if (!match) return captureTime(article);
  const [, day, hours, minutes, seconds = "00", fraction = "", zone = "Z"] = match;
  if (hours === undefined) return day!;
  const millis = `${fraction.slice(1)}000`.slice(0, 3);
  const local = `${day}T${hours}:${minutes}:${seconds}.${millis}`;
  if (zone === "Z") return local;
  const sign = zone.startsWith("-") ? 1 : -1; // 14:00+01:00 is 13:00 UTC
  const offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000 * sign;
  return new Date(Date.parse(`${local}Z`) + offset).toISOString().slice(0, 23);
}
