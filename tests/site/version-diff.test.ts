import { describe, expect, it } from "vitest";
import { versionDiff } from "../../src/site/version-diff.ts";

const text = (title: string, ...paragraphs: string[]) => ({ title, bodyText: paragraphs.join("\n\n") });

describe("versionDiff", () => {
  it("should find nothing between equal versions", () => {
    const diff = versionDiff(text("Storm", "One two.", "Three."), text("Storm", "One two.", "Three."));
    expect(diff.counts).toEqual({ wordsAdded: 0, wordsRemoved: 0, paragraphsAdded: 0, paragraphsRemoved: 0, paragraphsEdited: 0, paragraphsChanged: 0, headlineChanged: false });
    expect(diff.changes).toEqual([]);
    expect(diff.paragraphs).toEqual([
      { kind: "same", parts: [{ text: "One two." }] },
      { kind: "same", parts: [{ text: "Three." }] },
    ]);
  });

  it("should mark a corrected word as one change, its spaces left outside the marks", () => {
    const diff = versionDiff(text("Storm", "Winds of 90 kilometres an hour."), text("Storm", "Winds of 110 kilometres an hour."));
    expect(diff.paragraphs).toEqual([{ kind: "edited", parts: [{ text: "Winds of " }, { change: 1, deleted: "90", inserted: "110" }, { text: " kilometres an hour." }] }]);
    expect(diff.counts).toMatchObject({ wordsAdded: 1, wordsRemoved: 1, paragraphsEdited: 1, paragraphsChanged: 1 });
  });

  it("should show an added paragraph whole, not as words spread over its neighbours", () => {
    const diff = versionDiff(text("Storm", "The harbour closed.", "Boats moved."), text("Storm", "The harbour closed.", "The harbour master spoke to the press.", "Boats moved."));
    expect(diff.paragraphs.map((paragraph) => paragraph.kind)).toEqual(["same", "added", "same"]);
    expect(diff.paragraphs[1]!.parts).toEqual([{ change: 1, deleted: null, inserted: "The harbour master spoke to the press." }]);
    // The: 1, harbour: 2, master: 3, spoke: 4, to: 5, the: 6, press: 7.
    expect(diff.counts).toMatchObject({ wordsAdded: 7, wordsRemoved: 0, paragraphsAdded: 1, paragraphsChanged: 1 });
  });

  it("should show a replaced paragraph unlike the old one as removed, then added", () => {
    const diff = versionDiff(text("Storm", "Ferries were cancelled until further notice."), text("Storm", "Schools will open tomorrow."));
    expect(diff.paragraphs).toEqual([
      { kind: "removed", parts: [{ change: 1, deleted: "Ferries were cancelled until further notice.", inserted: null }] },
      { kind: "added", parts: [{ change: 2, deleted: null, inserted: "Schools will open tomorrow." }] },
    ]);
    expect(diff.counts).toMatchObject({ wordsAdded: 4, wordsRemoved: 6, paragraphsAdded: 1, paragraphsRemoved: 1, paragraphsEdited: 0, paragraphsChanged: 2 });
  });

  it("should number the headline's changes first, then the text's, each in the list with where it is", () => {
    const diff = versionDiff(
      text("Storm Closes the Harbour", "Winds of 90 km/h.", "Boats moved."),
      text("Storm Closes Harbour as Ferries Are Cancelled", "Winds of 110 km/h.", "Boats moved.", "Correction: the wind speed was wrong."),
    );
    expect(diff.headline).toEqual([
      { text: "Storm Closes " },
      { change: 1, deleted: "the", inserted: null },
      { text: " Harbour " },
      { change: 2, deleted: null, inserted: "as Ferries Are Cancelled" },
    ]);
    expect(diff.changes).toEqual([
      { change: 1, where: "Headline", deleted: "the", inserted: null },
      { change: 2, where: "Headline", deleted: null, inserted: "as Ferries Are Cancelled" },
      { change: 3, where: "Paragraph 1", deleted: "90", inserted: "110" },
      { change: 4, where: "Paragraph 3 (added)", deleted: null, inserted: "Correction: the wind speed was wrong." },
    ]);
    // The headline's words are not the text's: 110 (1) + Correction the wind speed was wrong (6).
    expect(diff.counts).toEqual({ wordsAdded: 7, wordsRemoved: 1, paragraphsAdded: 1, paragraphsRemoved: 0, paragraphsEdited: 1, paragraphsChanged: 2, headlineChanged: true });
  });

  it("should shorten a long change to twelve words in the list, and keep it whole in the text", () => {
    const long = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen.";
    const diff = versionDiff(text("T", "Short."), text("T", "Short.", long));
    expect(diff.changes[0]!.inserted).toBe("One two three four five six seven eight nine ten eleven twelve …");
    expect(diff.paragraphs[1]!.parts).toEqual([{ change: 1, deleted: null, inserted: long }]);
  });

  it("should keep markup in seed text as text", () => {
    const diff = versionDiff(text("T", "Plain."), text("T", "Plain.", "<script>alert(1)</script> & more"));
    expect(diff.changes[0]!.inserted).toBe("<script>alert(1)</script> & more");
  });
});
