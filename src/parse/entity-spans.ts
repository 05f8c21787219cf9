/**
 * The candidates for names in an article: runs of capitalised words ("Sergei Lavrov", "Bank of
 * England", "U.S."). Only these go to compromise, which costs ~30 µs a word: tagging whole
 * bodies would add minutes to a cold build of thousands of articles (README, People, places and
 * organisations).
 */

// A capitalised word, or an abbreviation of capitals and periods (U.S., U.K.); joined by spaces
// and the small words that names hold (Bank of England, Villeroy de Galhau).
const WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}’'\-]*)`;
const JOINER = String.raw`(?:of|de|da|del|der|di|du|la|le|al|bin|von|van|y|and|for)`;
const SPAN = new RegExp(String.raw`(?<![\p{L}\p{N}’'\-])${WORD}(?:[ \t\u00a0]+(?:${JOINER}[ \t\u00a0]+)*${WORD})*`, "gu");
// What may stand between the start of a sentence and its first word: quotes, brackets, dashes.
const SENTENCE_START = /(?:^|[.!?:;]["”’)\]]?\s+|\n\s*)["“‘([—–-]*\s*$/u;

/** At most this many distinct candidates an article: the rest of a very long article adds time, rarely a name. */
export const MAX_SPANS = 120;

/**
 * The article's distinct candidates, in the order of their first mention. A lone capitalised
 * word that starts a sentence ("Analysts said…") is a candidate only when the article also writes it
 * inside a sentence, where its capital means a name. The title's runs count only when the body
 * has them too, since a title capitalises every word.
 */
export function entitySpans(title: string, body: string): string[] {
  const inside = new Set<string>();
  const starting = new Set<string>();
  const found: string[] = [];
  for (const match of body.matchAll(SPAN)) {
    const span = match[0];
    const atStart = SENTENCE_START.test(body.slice(Math.max(0, match.index - 4), match.index));
    if (atStart && !span.includes(" ")) starting.add(span);
    else {
      if (!span.includes(" ")) inside.add(span);
      found.push(atStart ? withoutFirstArticle(span) : span);
    }
  }
  const bodySpans = new Set(found);
  for (const word of starting) if (inside.has(word)) bodySpans.add(word);
  const fromTitle = (title.match(SPAN) ?? []).filter((span) => bodySpans.has(span));
  return [...new Set([...fromTitle, ...bodySpans])].slice(0, MAX_SPANS);
}

/** "The European Central Bank" at the start of a sentence: the article is not part of the name. */
function withoutFirstArticle(span: string): string {
  return span.replace(/^(?:The|A|An)[ \t\u00a0]+/u, "");
}
