import { describe, expect, it } from "vitest";
import type { Query } from "../../../public/search/address-state.js";
import { choiceText, countMessage, filterChoices, firstAnswerMessage, idleMessage, readableDate, valueLabel } from "../../../public/search/words.js";

const query = (fields: Partial<Query>): Query => ({ q: "", sort: "relevance", year: "", month: "", outlet: "", tag: "", person: "", place: "", organisation: "", ...fields });

describe("filterChoices", () => {
  const counts = { year: { 2024: 3, 2025: 2 }, month: { "2024-11": 1, "2025-03": 2, "2024-02": 2 }, outlet: { "bbc.co.uk": 1, "AP News": 2, "City Herald": 2 } };

  it("should list years and months newest first, and outlets alphabetically whatever their case", () => {
    const choices = filterChoices(counts, query({}));
    expect(choices.year.map((c) => c.value)).toEqual(["2025", "2024"]);
    expect(choices.month.map((c) => c.label)).toEqual(["March 2025", "November 2024", "February 2024"]);
    expect(choices.outlet.map((c) => c.value)).toEqual(["AP News", "bbc.co.uk", "City Herald"]);
  });

  it("should list tags alphabetically whatever their case, with their counts", () => {
    const choices = filterChoices({ tag: { transport: 2, Cities: 1, art: 4 } }, query({}));
    expect(choices.tag).toEqual([
      { value: "art", count: 4, label: "art" },
      { value: "Cities", count: 1, label: "Cities" },
      { value: "transport", count: 2, label: "transport" },
    ]);
  });

  it("should list only the chosen year's months", () => {
    expect(filterChoices(counts, query({ year: "2024" })).month.map((c) => c.value)).toEqual(["2024-11", "2024-02"]);
  });

  it("should give no choices for a filter without counts", () => {
    expect(filterChoices({}, query({})).outlet).toEqual([]);
  });
});

describe("status lines", () => {
  it("should count the articles there are to search", () => {
    expect(idleMessage(1200)).toBe("Type a word to search 1,200 articles, or choose a year, month or outlet.");
    expect(idleMessage(1)).toBe("Type a word to search 1 article, or choose a year, month or outlet.");
    expect(idleMessage(0)).toBe("The archive has no articles to search yet.");
  });

  it("should name the words and the filters the results were found with", () => {
    expect(countMessage(query({ q: "tram", year: "2025", month: "2025-03", outlet: "Reuters" }), 1)).toBe("1 result for “tram” in March 2025 from Reuters.");
    expect(countMessage(query({ year: "2024" }), 1500)).toBe("1,500 results in 2024.");
  });

  it("should name the chosen tag after the outlet", () => {
    expect(countMessage(query({ q: "tram", outlet: "Reuters", tag: "cities" }), 2)).toBe("2 results for “tram” from Reuters tagged “cities”.");
  });

  it("should suggest removing a filter when filters left no results, else checking the words", () => {
    expect(countMessage(query({ q: "tram", outlet: "Reuters" }), 0)).toBe("No results for “tram” from Reuters. Try removing a filter.");
    expect(countMessage(query({ q: "xylophone" }), 0)).toBe("No results for “xylophone”. Check the spelling, or try fewer or other words.");
  });
});

describe("labels", () => {
  it("should write a choice with its count", () => {
    expect(choiceText({ value: "2025-03", label: "March 2025", count: 1234 })).toBe("March 2025 (1,234)");
  });

  it("should name a month value by its month and leave other values as they are", () => {
    expect(valueLabel("2025-03")).toBe("March 2025");
    expect(valueLabel("2025")).toBe("2025");
    expect(valueLabel("City Herald")).toBe("City Herald");
  });

  it("should write dates as the article pages do, and leave what is not a date as it is", () => {
    expect(readableDate("2025-03-14")).toBe("March 14, 2025");
    expect(readableDate("sometime")).toBe("sometime");
  });
});

describe("firstAnswerMessage", () => {
  it("should say the results are the newest year's so far and that the other years are being searched", () => {
    expect(firstAnswerMessage(query({ q: "tram" }), 3, "2026")).toBe("3 results for “tram” in 2026 so far; searching the other years…");
    expect(firstAnswerMessage(query({ q: "tram", outlet: "Reuters" }), 1, "2026")).toBe("1 result for “tram” from Reuters in 2026 so far; searching the other years…");
    expect(firstAnswerMessage(query({ q: "tram" }), 0, "2026")).toBe("No results for “tram” in 2026 so far; searching the other years…");
    expect(firstAnswerMessage(query({ q: "tram" }), 2, "2026", "2026-09-03")).toBe("2 results for “tram” since September 3, 2026 so far; searching the rest of the archive…");
  });
});
