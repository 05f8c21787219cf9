import { describe, expect, it } from "vitest";
import { articleEntities, cleanName, nameKey } from "../../src/parse/entity-names.ts";

describe("cleanName", () => {
  it("should drop quotes, brackets and a possessive around a name", () => {
    expect(cleanName("“Russia’s", "places")).toBe("Russia");
    expect(cleanName("(Venezuela's),", "places")).toBe("Venezuela");
    expect(cleanName("[Moscow", "places")).toBe("Moscow");
  });

  it("should drop the titles before a person's name", () => {
    expect(cleanName("Russian Foreign Minister Sergei Lavrov", "people")).toBe("Sergei Lavrov");
    expect(cleanName("Foreign Minister Sergei Lavrov", "people")).toBe("Sergei Lavrov");
    expect(cleanName("President Donald Trump.", "people")).toBe("Donald Trump");
    expect(cleanName("Dr. Jane Goodall", "people")).toBe("Jane Goodall");
  });

  it("should keep a title that is the whole name of a place or organisation", () => {
    expect(cleanName("the European Central Bank", "organisations")).toBe("European Central Bank");
    expect(cleanName("President", "people")).toBe("");
  });

  it("should write a shouted name in title case and leave an acronym alone", () => {
    expect(cleanName("MANCHESTER", "places")).toBe("Manchester");
    expect(cleanName("NASA", "organisations")).toBe("NASA");
  });
});

describe("nameKey", () => {
  it("should match spellings that differ in case, accents and dots", () => {
    expect(nameKey("Nicolás Maduro")).toBe(nameKey("NICOLAS MADURO"));
    expect(nameKey("U.S.")).toBe("us");
  });
});

describe("articleEntities", () => {
  it("should count a surname alone once, under the full name the article gives", () => {
    const found = [
      { kind: "people" as const, text: "Putin" },
      { kind: "people" as const, text: "President Vladimir Putin" },
      { kind: "places" as const, text: "Moscow" },
      { kind: "people" as const, text: "Putin's" },
    ];
    expect(articleEntities(found)).toEqual({ people: ["Vladimir Putin"], places: ["Moscow"], organisations: [] });
  });

  it("should file an acronym under the organisation whose initials it is", () => {
    const found = [
      { kind: "organisations" as const, text: "European Central Bank" },
      { kind: "organisations" as const, text: "ECB" },
    ];
    expect(articleEntities(found).organisations).toEqual(["European Central Bank"]);
  });

  it("should apply the site's aliases in any case, and file the United States as a place", () => {
    const found = [
      { kind: "people" as const, text: "lavrov" },
      { kind: "organisations" as const, text: "U.S." },
    ];
    const entities = articleEntities(found, { aliases: { Lavrov: "Sergei Lavrov", "U.S.": "United States" } });
    expect(entities).toEqual({ people: ["Sergei Lavrov"], places: ["United States"], organisations: [] });
  });

  it("should drop days, months and the site's stop-words", () => {
    const found = [
      { kind: "people" as const, text: "Tuesday" },
      { kind: "places" as const, text: "March" },
      { kind: "organisations" as const, text: "Tass" },
      { kind: "places" as const, text: "Kyiv" },
    ];
    expect(articleEntities(found, { stopWords: ["TASS"] })).toEqual({ people: [], places: ["Kyiv"], organisations: [] });
  });
});
