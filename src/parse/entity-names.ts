/**
 * Names as compromise finds them ("Russian Foreign Minister Sergei Lavrov's", "“Russia") made into
 * the names the archive files them under ("Sergei Lavrov", "Russia"), one per thing an article
 * names: a surname alone joins the full name the same article gives, an acronym the name it stands for.
 */

import type { ArticleEntities, EntityKind } from "../article.ts";
import { memoize } from "../common/memoize.ts";

export type { ArticleEntities, EntityKind } from "../article.ts";
export const ENTITY_KINDS: readonly EntityKind[] = ["people", "places", "organisations"];

export interface EntityOptions {
  /** A name as articles write it → the name to file it under (`"Lavrov": "Sergei Lavrov"`); keys match in any case. */
  aliases?: Record<string, string>;
  /** Names never filed, in any case (added to the built-in days, months and titles). */
  stopWords?: string[];
}

// Titles and offices that precede a name and are not part of it; each word of "Foreign Minister".
const TITLES = new Set(
  `president vice prime foreign finance defence defense deputy minister secretary general director chief executive administrator mr mrs ms miss dr sir dame lord lady
  professor prof gen col colonel captain capt chancellor senator sen rep representative governor mayor king queen prince princess pope judge justice ambassador
  coach manager spokesman spokeswoman spokesperson premier leader chairman chairwoman chair commissioner archbishop bishop patriarch sheikh emir crown state
  striker midfielder defender goalkeeper astronaut economist analyst ceo founder aide presidential officer inspector sergeant lieutenant major`.split(/\s+/),
);
const BUILT_IN_STOP = `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec the a an i he she we they it this that these those his her their our mr mrs ms dr
  today yesterday tomorrow new old north south east west government police officials`.split(/\s+/);
// What compromise cannot know: the country is a place, the unions are organisations.
const FIXED_KINDS: Record<string, EntityKind> = { "united states": "places", "united kingdom": "places", "european union": "organisations", "united nations": "organisations" };

const EDGE = /^[\s"“”„‘’'«»()[\]{}.,;:!?…—–\-*_]+|[\s"“”„‘’'«»()[\]{}.,;:!?…—–\-*_]+$/gu;

/** A name without its surrounding punctuation, possessive and leading titles; "" when nothing is left. */
export function cleanName(raw: string, kind: EntityKind): string {
  let name = raw.replace(/\s+/g, " ").replace(EDGE, "");
  name = name.replace(/(?<=\p{L})['’]s$/u, "").replace(/(?<=s)['’]$/u, "");
  if (kind === "people") {
    const words = name.split(" ");
    const isTitle = (word: string | undefined) => word !== undefined && TITLES.has(word.toLowerCase().replace(/\.$/, ""));
    // "Russian Foreign Minister Sergei Lavrov": a nationality before a title goes with it.
    while (words.length > 1 && (isTitle(words[0]) || (/(?:an|ese|ish|i|ch)$/.test(words[0]!) && isTitle(words[1])))) words.shift();
    name = words.join(" ");
  } else {
    name = name.replace(/^(?:the|a|an) /iu, "");
  }
  name = name.replace(EDGE, "");
  // SHOUTED names become title case; acronyms (NASA, NATO) stay as they are.
  if (name.length > 5 && name === name.toUpperCase() && /\p{Lu}{6}/u.test(name)) name = name.toLowerCase().replace(/(?<![\p{L}’'])\p{L}/gu, (c) => c.toUpperCase());
  if (!/\p{L}/u.test(name) || name.length > 80 || name.split(" ").length > 7) return "";
  if (kind === "people" && TITLES.has(name.toLowerCase())) return "";
  return name;
}

/**
 * What two spellings of one name share: case, dots of acronyms and accents aside. Remembered: the
 * site stage asks again for each name of each article that shares a name with another.
 */
export const nameKey = memoize((name: string): string => name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[.’']/g, ""));

/**
 * One article's names by kind from what was found (in the order found): cleaned, aliased, without
 * stop-words, a surname alone or an acronym joined to the full name the article also gives, and
 * each name once, under the kind it was first found as.
 */
export function articleEntities(found: ReadonlyArray<{ kind: EntityKind; text: string }>, options: EntityOptions = {}): ArticleEntities {
  const aliases = new Map(Object.entries(options.aliases ?? {}).map(([from, to]) => [nameKey(from), to]));
  const stop = new Set([...BUILT_IN_STOP, ...(options.stopWords ?? [])].map(nameKey));
  const named: Array<{ kind: EntityKind; name: string; key: string }> = [];
  const seen = new Set<string>();
  for (const { kind: foundKind, text } of found) {
    const cleaned = cleanName(text, foundKind);
    if (!cleaned) continue;
    const name = aliases.get(nameKey(cleaned)) ?? cleaned;
    const key = nameKey(name);
    if (stop.has(key) || seen.has(key)) continue;
    seen.add(key);
    named.push({ kind: FIXED_KINDS[key] ?? foundKind, name, key });
  }
  const people = named.filter(({ kind, name }) => kind === "people" && name.includes(" "));
  const orgs = named.filter(({ kind, name }) => kind === "organisations" && name.includes(" "));
  const result: ArticleEntities = { people: [], places: [], organisations: [] };
  const filed = new Set<string>();
  for (const entity of named) {
    const full = entity.name.includes(" ") ? undefined : (people.find((person) => nameKey(lastWord(person.name)) === entity.key) ?? orgs.find((org) => initials(org.name) === entity.name));
    const { kind, name, key } = full ?? entity;
    if (filed.has(key)) continue;
    filed.add(key);
    result[kind].push(name);
  }
  return result;
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1);
}

/** "European Central Bank" → "ECB", "International Monetary Fund" → "IMF" (small joining words skipped). */
function initials(name: string): string {
  return name
    .split(" ")
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
}
