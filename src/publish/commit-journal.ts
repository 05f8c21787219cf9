import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentMaker } from "./carry-over.ts";

/**
 * Updating a large site in place: the changed files are first written into a staging folder
 * (the site is untouched while that happens, and a build killed then leaves it exactly as it
 * was), then a journal naming every move and removal is written, then the moves are made, each
 * file replaced at once by a rename. A build killed while moving leaves the journal behind, and
 * the next build finishes the moves before anything else. Creating a whole new tree would cost a
 * directory per page on every rebuild.
 */
export interface Journal {
  staging: string;
  /** Files (relative paths) to move from staging into the output folder. */
  moves: string[];
  /** Files to remove from the output folder (pages that no longer exist). */
  removals: string[];
  /** A file to write once the moves are made: the build's manifest, which describes the result. */
  then: { file: string; content: string } | null;
}

/**
 * The journal as written: the file to write at the end is written beside its place first
 * (`file.next`), and the journal names it only (a manifest quoted in the journal cost a
 * second encoding of it on every rebuild of `npm start`).
 */
interface StoredJournal extends Omit<Journal, "then"> {
  then: { file: string } | null;
}

const journalFile = (outputDir: string) => `${outputDir}.journal.json`;
const waiting = (file: string) => `${file}.next`;

export function commitInPlace({ then, ...moves }: Journal, outputDir: string): void {
  if (then) {
    mkdirSync(path.dirname(then.file), { recursive: true });
    writeFileSync(waiting(then.file), then.content);
  }
  const journal: StoredJournal = { ...moves, then: then && { file: then.file } };
  writeFileSync(`${journalFile(outputDir)}.tmp`, JSON.stringify(journal));
  renameSync(`${journalFile(outputDir)}.tmp`, journalFile(outputDir)); // from here on, the moves will happen
  applyJournal(journal, outputDir);
}

/** Finishes the moves of a build that was killed while making them. */
export function finishInterruptedCommit(outputDir: string): void {
  if (!existsSync(journalFile(outputDir))) return;
  applyJournal(JSON.parse(readFileSync(journalFile(outputDir), "utf8")) as StoredJournal, outputDir);
}

function applyJournal({ staging, moves, removals, then }: StoredJournal, outputDir: string): void {
  const makeParent = parentMaker();
  for (const file of moves) {
    const target = path.join(outputDir, file);
    makeParent(target);
    moveUnlessMoved(path.join(staging, file), target);
  }
  for (const file of removals) {
    rmSync(path.join(outputDir, file), { force: true });
    removeEmptyFolders(path.dirname(path.join(outputDir, file)), outputDir);
  }
  if (then) moveUnlessMoved(waiting(then.file), then.file);
  rmSync(journalFile(outputDir), { force: true });
  rmSync(staging, { recursive: true, force: true });
}

function moveUnlessMoved(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    // Moved already, by the run that was interrupted.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

function removeEmptyFolders(folder: string, root: string): void {
  for (let current = folder; current.startsWith(root + path.sep); current = path.dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return; // not empty
    }
  }
}
