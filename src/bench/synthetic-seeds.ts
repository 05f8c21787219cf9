/**
 * Deterministic synthetic seeds (README, Seed format) for benchmarks: 500–900 words of varied
 * text per article, varied date formats over 15 years, bylines, captions, related articles that
 * resolve, source URLs from several outlets, and a few percent of Cyrillic articles.
 */
import { writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

export interface Seed {
  file: string;
  text: string;
}
/** An additional seed whose archive URL is known in advance (simple ASCII title). */
export interface ExtraSeed extends Seed {
  title: string;
  date: string;
  urlPath: string;
}

const words = (s: string): readonly string[] => s.trim().split(/\s+/);
const FUNCTION = words("the of and to in a on for with that by from at as after over about against under its their this which while");
const NOUNS = words(`government minister ministry court official election economy budget market energy oil gas pipeline
  sanctions border army troops drone missile strike region city village council parliament law bill protest police
  journalist newspaper editor report investigation prosecutor judge trial verdict prison company bank ruble dollar
  inflation wage pension school university hospital doctor patient vaccine winter harvest grain export import port
  railway airport flight bridge river forest fire flood storm heat climate scientist study data survey poll voter
  campaign party opposition activist lawyer rights freedom censorship internet platform network satellite reactor
  museum theater festival film director writer poet church monastery football coach stadium ceremony anniversary
  treaty summit delegation embassy diplomat ambassador negotiation ceasefire refugee volunteer charity donation`);
const VERBS = words(`said announced warned denied confirmed rejected approved blocked launched raised cut signed
  ordered banned detained released accused criticized praised urged demanded proposed expanded reported revealed
  estimated predicted claimed insisted suspended restored doubled halved questioned defended`);
const ADJS = words(`new former local federal regional foreign national military economic political independent
  official public private major key senior young elderly northern southern eastern western annual rapid sudden
  controversial unexpected strategic temporary remote historic massive modest`);
const PLACES = words(`Moscow Kyiv Minsk Tbilisi Yerevan Baku Almaty Tashkent Berlin Paris London Washington Beijing
  Ankara Tehran Caracas Havana Kazan Novosibirsk Yekaterinburg Vladivostok Murmansk Sochi Kaliningrad Irkutsk Omsk`);
const FIRST = words("Anna Ivan Olga Sergei Maria Dmitry Elena Alexei Natalia Pavel Irina Mikhail Jane John Sarah David Leila Omar");
const SYLLABLES = words("ko va ro min ste pan lev dor ni ka sha tov ber gin mar zel rus kov lin o");
const CYR = words(`власть город суд закон выборы война мир народ страна рубль нефть газ армия школа больница
  новости журналист министр губернатор депутат протест свобода право решение доклад регион граница погода
  зима лето цена рынок завод рабочий пенсия налог бюджет президент правительство заявил сообщил отметил
  новый старый большой местный главный российский федеральный после перед около против`);
const CREDITS = "AFP|STR / AFP|Reuters|AP Photo|Kremlin.ru|Maxim Shemetov / Reuters|Social media|Moskva News Agency".split("|");
const OUTLETS = words("themoscowtimes.com reuters.com apnews.com bbc.co.uk meduza.io theguardian.com");
const MONTHS = words("January February March April May June July August September October November December");

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  hex(n: number): string {
    return Array.from({ length: n }, () => this.int(0, 15).toString(16)).join("");
  }
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const surname = (r: Rng): string => cap(Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join(""));
const name = (r: Rng): string => `${r.pick(FIRST)} ${surname(r)}`;
const slugOf = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function word(r: Rng, cyr: boolean): string {
  if (cyr) return r.pick(CYR);
  const x = r.next();
  if (x < 0.35) return r.pick(FUNCTION);
  if (x < 0.4) return r.chance(0.5) ? r.pick(PLACES) : surname(r);
  return r.pick(x < 0.75 ? NOUNS : x < 0.87 ? VERBS : ADJS);
}

/** Exactly n words of sentences, with occasional `[links](#)`, a real link or a quotation. */
function prose(r: Rng, n: number, cyr: boolean, links: boolean): string {
  const out: string[] = [];
  while (out.length < n) {
    const len = Math.min(n - out.length, r.int(8, 24));
    const s = Array.from({ length: len }, () => word(r, cyr));
    s[0] = cap(s[0] === "by" ? "nearby" : (s[0] ?? "")); // no paragraph that looks like a byline
    if (links && len > 4 && r.chance(0.03)) s[1] = `[${s[1]}](https://www.${r.pick(OUTLETS)}/news/${r.hex(8)})`;
    else if (links && len > 3 && r.chance(0.3)) {
      const i = r.int(1, len - 1);
      s[i] = `[${s[i]}](#)`;
    }
    if (len > 6 && r.chance(0.2)) s[r.int(2, len - 3)] += ",";
    s[len - 1] += ".";
    if (!cyr && len > 5 && r.chance(0.12)) {
      s[0] = `“${s[0]}`;
      s[len - 1] += "”";
    }
    out.push(...s);
  }
  return out.join(" ");
}

function dateLine(r: Rng, d: Date): string {
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const month = MONTHS[m] ?? "";
  const short = [4, 5, 6].includes(m) ? month : `${month.slice(0, 3)}.`; // May, June, July spelled out
  const forms = [`${month} ${pad(day)}, ${y}`, `${month} ${day}, ${y}`, `${short} ${day}, ${y}`, `${day} ${month} ${y}`, `${y}-${pad(m + 1)}-${pad(day)}`];
  return r.pick(forms) + (r.chance(0.1) ? ` ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}` : "");
}

interface Spec {
  title: string;
  date: Date;
  cyr: boolean;
  related: string[];
}

function article(r: Rng, s: Spec): string {
  const iso = s.date.toISOString().slice(0, 10);
  const hasUrl = r.chance(0.9),
    hasDate = !hasUrl || r.chance(0.97);
  const lines: string[] = ["\n".repeat(r.int(0, 3)) + `# ${s.title}`];
  if (hasDate) lines.push(dateLine(r, s.date));
  if (r.chance(0.5)) lines.push(`By ${name(r)}`);
  let left = r.int(500, 900);
  if (r.chance(0.8)) {
    const n = r.int(12, 30);
    left -= n;
    lines.push(`${prose(r, n, s.cyr, false)} **${r.pick(CREDITS)}**`);
  }
  const body: string[] = [];
  while (left > 0) {
    let n = Math.min(left, r.int(30, 110));
    if (left - n < 20) n = left;
    left -= n;
    body.push(prose(r, n, s.cyr, true));
    if (left > 200 && r.chance(0.08)) {
      const h = r.int(3, 6);
      left -= h;
      body.push(`## ${prose(r, h, s.cyr, false).replace(/[.,“”]/g, "")}`);
    }
  }
  for (const t of s.related) body.splice(r.int(1, body.length - 1), 0, `**Related article:** [${t}](#)`);
  lines.push(...body);
  if (hasUrl) lines.push("Original url:", `<https://www.${r.pick(OUTLETS)}/${iso.replaceAll("-", "/")}/${slugOf(s.title) || "statya"}-a${r.int(10000, 99999)}>`);
  return lines.join("\n\n") + "\n";
}

const START = Date.UTC(2011, 0, 1),
  DAYS = 15 * 365;

/** `count` seeds, the same for the same `seed`; titles are unique (also once slugified). */
export function generateSeeds(count: number, { seed = 1 }: { seed?: number } = {}): Seed[] {
  const r = new Rng(seed);
  const seen = new Set<string>();
  const specs: Spec[] = [];
  for (let i = 0; i < count; i++) {
    const cyr = r.chance(0.03);
    let title = "";
    while (!title || seen.has(title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""))) {
      const parts = cyr
        ? Array.from({ length: r.int(4, 8) }, () => r.pick(CYR))
        : r.chance(0.1)
          ? [`${r.pick(PLACES)}’s`, r.pick(ADJS), r.pick(NOUNS), r.pick(VERBS), surname(r), r.pick(NOUNS)]
          : [r.pick(PLACES), r.pick(VERBS), r.pick(ADJS), r.pick(NOUNS), r.pick(FUNCTION), surname(r), r.pick(NOUNS)];
      title = (cyr ? [cap(parts.join(" "))] : parts.map(cap)).join(" ");
    }
    seen.add(title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""));
    specs.push({ title, date: new Date(START + r.int(0, DAYS - 1) * 86_400_000), cyr, related: [] });
  }
  for (const [i, s] of specs.entries()) {
    for (let k = r.int(0, 2); k > 0 && count > 1; k--) s.related.push(specs[(i + r.int(1, count - 1)) % count]?.title ?? "");
  }
  return specs.map((s, i) => ({ file: `${pad(i, 6)}_${r.hex(16)}.txt`, text: article(r, s) }));
}

/** One more new seed (dated 2026, newer than every generated one), different for each index. */
export function makeExtraSeed(index: number): ExtraSeed {
  const r = new Rng(0x5eed + index * 7919);
  const title = `Extra Seed ${index} ${cap(r.pick(NOUNS))} ${cap(r.pick(NOUNS))} Update`;
  const date = new Date(Date.UTC(2026, 0, 1) + (index % 300) * 86_400_000);
  const iso = date.toISOString().slice(0, 10);
  const text = article(r, { title, date, cyr: false, related: [] });
  return { file: `extra_${pad(index, 6)}_${r.hex(8)}.txt`, text, title, date: iso, urlPath: `/${iso.replaceAll("-", "/")}/${slugOf(title)}/` };
}

export async function writeSeeds(dir: string, count: number, opts: { seed?: number } = {}): Promise<Seed[]> {
  await mkdir(dir, { recursive: true });
  const seeds = generateSeeds(count, opts);
  for (const s of seeds) writeFileSync(join(dir, s.file), s.text); // one at a time: 50,000 at once run out of file handles
  return seeds;
}
