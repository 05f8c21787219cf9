import { createRequire } from "node:module";
import type compromise from "compromise";
import { type ArticleEntities, articleEntities, type EntityKind, type EntityOptions } from "./entity-names.ts";
import { entitySpans } from "./entity-spans.ts";

export type { ArticleEntities, EntityKind, EntityOptions } from "./entity-names.ts";

type Nlp = typeof compromise;
type Found = Array<{ kind: EntityKind; text: string }>;

/**
 * compromise, loaded on the first article that needs it: a build whose parses all come from the
 * cache never pays for its lexicon (~0.5 s). Its one-file CommonJS build loads about twice as
 * fast as its ES modules; the type import above names the package for the parser's version.
 */
let loaded: Nlp | undefined;
const nlp: Nlp = ((text: string) => (loaded ??= createRequire(import.meta.url)("compromise") as Nlp)(text)) as Nlp;
/** What is read of a compromise selection (its types differ by selection, this part does not). */
interface Selection {
  out(format: "array"): string[];
  fullPointer: Array<[number?, number?, number?, ...unknown[]]>;
}

/**
 * What compromise finds in each candidate, by the candidate's text. Tagging one candidate alone
 * gives the same as tagging it as a sentence among others (compromise tags sentence by sentence),
 * so the answers depend only on the text and remembering them changes nothing but time: the
 * names an archive mentions come back article after article.
 */
const known = new Map<string, Found>();
const KNOWN_LIMIT = 200_000;

/**
 * The people, places and organisations an article names (README, People, places and
 * organisations): the capitalised runs of its body (and of its title, when the body has them too)
 * tagged by compromise, normalised by `articleEntities`. Pure.
 */
export function extractEntities(title: string, bodyText: string, options: EntityOptions = {}): ArticleEntities {
  const spans = entitySpans(title, bodyText);
  classify(spans.filter((span) => !known.has(span)));
  return articleEntities(
    spans.flatMap((span) => known.get(span)!),
    options,
  );
}

/**
 * Tags the candidates as one document of one sentence each, or, if compromise splits it otherwise,
 * one by one. They are remembered by copies: a candidate is a slice of its article's text, which
 * would keep all of that text alive (about 9 KB a seed, so hundreds of MB a parsing thread).
 */
function classify(slices: string[]): void {
  if (slices.length === 0) return;
  const spans = slices.map((slice) => structuredClone(slice));
  if (known.size + spans.length > KNOWN_LIMIT) known.clear();
  const doc = nlp(spans.join("\n\n"));
  const sentences = doc.sentences().out("array") as string[];
  if (sentences.length !== spans.length || sentences.some((sentence, index) => sentence.trim() !== spans[index])) {
    for (const span of spans) known.set(span, findIn(nlp(span), 1)[0]!);
    return;
  }
  const found = findIn(doc, spans.length);
  spans.forEach((span, index) => known.set(span, found[index]!));
}

/** Each sentence's finds, in the order of the text (a name found under two kinds keeps the first compromise gives: person, place, organisation). */
function findIn(doc: ReturnType<Nlp>, sentences: number): Found[] {
  const found: Array<Array<{ kind: EntityKind; text: string; at: number }>> = Array.from({ length: sentences }, () => []);
  const views: Array<[EntityKind, Selection]> = [
    ["people", doc.people()],
    ["places", doc.places()],
    ["organisations", doc.organizations()],
  ];
  for (const [kind, view] of views) {
    const texts = view.out("array");
    const pointers = view.fullPointer;
    texts.forEach((text, index) => {
      const [sentence = 0, start = 0] = pointers[index]!;
      found[Math.min(sentence, sentences - 1)]!.push({ kind, text, at: start });
    });
  }
  return found.map((finds) => finds.sort((a, b) => a.at - b.at).map(({ kind, text }) => ({ kind, text })));
}
