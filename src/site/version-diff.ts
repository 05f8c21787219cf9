import { diffArrays, diffWords } from "diff";
import { countWords } from "../parse/plain-text.ts";

/** A run of a diff: text both versions share, or one change (what was deleted, what was inserted). Text, never HTML. */
export type DiffPart = { text: string } | { change: number; deleted: string | null; inserted: string | null };

/** A paragraph of the diff view: as it was, added, removed, or edited (its words diffed). */
export interface DiffParagraph {
  kind: "same" | "added" | "removed" | "edited";
  parts: DiffPart[];
}

export interface DiffCounts {
  /** Words of the text (not the headline) inserted, and deleted. */
  wordsAdded: number;
  wordsRemoved: number;
  paragraphsAdded: number;
  paragraphsRemoved: number;
  paragraphsEdited: number;
  /** Added, removed and edited together. */
  paragraphsChanged: number;
  headlineChanged: boolean;
}

/** One change, for the list that leads to each: where it is, and short excerpts of what went and came. */
export interface ChangeSummary {
  change: number;
  where: string;
  deleted: string | null;
  inserted: string | null;
}

export interface VersionDiff {
  headline: DiffPart[];
  paragraphs: DiffParagraph[];
  counts: DiffCounts;
  changes: ChangeSummary[];
}

interface Text {
  title: string;
  bodyText: string;
}

/** The paragraphs of a body's text (the parser separates them with a blank line). */
export function paragraphsOf(bodyText: string): string[] {
  return bodyText.split("\n\n").filter((paragraph) => paragraph !== "");
}

/**
 * What changed from one version to the next: the paragraphs are matched first (jsdiff's
 * `diffArrays`), then the words of each paragraph that was replaced by a similar one (`diffWords`),
 * so that an added paragraph shows as one insertion rather than words scattered through others.
 * Pure; changes are numbered from 1 in reading order, the headline's first.
 */
export function versionDiff(before: Text, after: Text): VersionDiff {
  let next = 1;
  const changes: ChangeSummary[] = [];
  const change = (where: string, deleted: string | null, inserted: string | null): DiffPart => {
    changes.push({ change: next, where, deleted: deleted === null ? null : excerpt(deleted), inserted: inserted === null ? null : excerpt(inserted) });
    return { change: next++, deleted, inserted };
  };
  const counts: DiffCounts = { wordsAdded: 0, wordsRemoved: 0, paragraphsAdded: 0, paragraphsRemoved: 0, paragraphsEdited: 0, paragraphsChanged: 0, headlineChanged: before.title !== after.title };
  const headline = wordParts(before.title, after.title, (deleted, inserted) => change("Headline", deleted, inserted));

  const paragraphs: DiffParagraph[] = [];
  const where = (kind: string) => `Paragraph ${paragraphs.length + 1}${kind ? ` (${kind})` : ""}`;
  const added = (text: string) => {
    counts.paragraphsAdded++;
    counts.wordsAdded += countWords(text);
    paragraphs.push({ kind: "added", parts: [change(where("added"), null, text)] });
  };
  const removed = (text: string) => {
    counts.paragraphsRemoved++;
    counts.wordsRemoved += countWords(text);
    paragraphs.push({ kind: "removed", parts: [change(where("removed"), text, null)] });
  };
  const edited = (old: string, now: string) => {
    counts.paragraphsEdited++;
    const label = where("");
    const parts = wordParts(old, now, (deleted, inserted) => {
      counts.wordsRemoved += countWords(deleted ?? "");
      counts.wordsAdded += countWords(inserted ?? "");
      return change(label, deleted, inserted);
    });
    paragraphs.push({ kind: "edited", parts });
  };

  const blocks = diffArrays(paragraphsOf(before.bodyText), paragraphsOf(after.bodyText));
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (!block.added && !block.removed) {
      for (const text of block.value) paragraphs.push({ kind: "same", parts: [{ text }] });
      continue;
    }
    // A run of removed paragraphs next to a run of added ones: pair similar ones as edits.
    const following = blocks[index + 1];
    const pairsWith = following && (following.added || following.removed) && following.added !== block.added;
    const gone = block.removed ? block.value : pairsWith ? following.value : [];
    const come = block.added ? block.value : pairsWith ? following.value : [];
    if (pairsWith) index++;
    const paired = Math.min(gone.length, come.length);
    for (let i = 0; i < paired; i++) {
      if (similar(gone[i]!, come[i]!)) edited(gone[i]!, come[i]!);
      else {
        removed(gone[i]!);
        added(come[i]!);
      }
    }
    gone.slice(paired).forEach(removed);
    come.slice(paired).forEach(added);
  }
  counts.paragraphsChanged = counts.paragraphsAdded + counts.paragraphsRemoved + counts.paragraphsEdited;
  return { headline, paragraphs, counts, changes };
}

/** The paragraphs of a version shown without marks (the first version has nothing to compare with). */
export function plainParagraphs(bodyText: string): DiffParagraph[] {
  return paragraphsOf(bodyText).map((text) => ({ kind: "same", parts: [{ text }] }));
}

/** Two paragraphs are one edited when at least half the words of the longer are unchanged. */
function similar(old: string, now: string): boolean {
  const same = diffWords(old, now)
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + countWords(part.value), 0);
  return same * 2 >= Math.max(countWords(old), countWords(now));
}

/**
 * A word diff as parts: the shared runs as text, each run of deletions and insertions as one change
 * (made by `change`), its spaces moved out of the marks so that only words are marked.
 */
function wordParts(old: string, now: string, change: (deleted: string | null, inserted: string | null) => DiffPart): DiffPart[] {
  const parts: DiffPart[] = [];
  const text = (value: string) => {
    if (value === "") return;
    const last = parts.at(-1);
    if (last && "text" in last) last.text += value;
    else parts.push({ text: value });
  };
  const pieces = diffWords(old, now);
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (!piece.added && !piece.removed) {
      text(piece.value);
      continue;
    }
    let deleted = piece.removed ? piece.value : null;
    let inserted = piece.added ? piece.value : null;
    const following = pieces[index + 1];
    if (following && (following.added || following.removed) && following.added !== piece.added) {
      if (following.added) inserted = following.value;
      else deleted = following.value;
      index++;
    }
    const outer = inserted ?? deleted!;
    const [, lead = "", trail = ""] = outer.match(/^(\s*)[\s\S]*?(\s*)$/) ?? [];
    deleted = deleted?.trim() || null;
    inserted = inserted?.trim() || null;
    text(lead);
    if (deleted !== null || inserted !== null) parts.push(change(deleted, inserted));
    text(trail);
  }
  return parts;
}

/** At most twelve words of a change, for the list of changes. */
function excerpt(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 12 ? text : `${words.slice(0, 12).join(" ")} …`;
}
