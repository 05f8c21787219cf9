import { createRequire } from "node:module";

/** The part of citeproc-js's engine that this changes (citeproc ships no types). */
export interface CiteprocEngine {
  tmp: { taintedItemIDs: Record<string, true> };
  updateItems(idList: string[], ...rest: unknown[]): string[];
}

const citeproc = createRequire(import.meta.url)("citeproc") as { Engine: { prototype: CiteprocEngine } };

/** citeproc's own update of the items an engine holds. */
export const updateItems = citeproc.Engine.prototype.updateItems;

/**
 * citeproc marks every item it registers as "tainted" and clears the marks only when it renders a
 * citation cluster, which the parse never asks for (citation-js empties each engine, then adds the
 * one item of a bibliography). So the marks grew by one for each seed, every update walked them
 * all, and a parse slowed from about 9 to 23 ms a seed over 12,000 seeds (docs/performance.md).
 * An update that leaves the engine no item clears them: they name items it no longer holds.
 */
export function updateItemsForgettingTaints(this: CiteprocEngine, idList: string[], ...rest: unknown[]): string[] {
  const sorted = updateItems.call(this, idList, ...rest);
  if (idList.length === 0) this.tmp.taintedItemIDs = {};
  return sorted;
}

citeproc.Engine.prototype.updateItems = updateItemsForgettingTaints;
