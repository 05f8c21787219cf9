import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressOf, asksForResults, chosenFilters, monthAfterYearChoice, normalise, readAddress, type Query } from "../../../public/search/address-state.js";

const blank: Query = { q: "", sort: "relevance", year: "", month: "", outlet: "", tag: "", person: "", place: "", organisation: "" };

describe("readAddress", () => {
  it("should read the words, the filters and the sort from the address", () => {
    expect(readAddress("?q=tram&year=2025&month=2025-03&outlet=City+Herald&sort=newest")).toEqual({
      q: "tram",
      sort: "newest",
      year: "2025",
      month: "2025-03",
      outlet: "City Herald",
      tag: "",
      person: "",
      place: "",
      organisation: "",
    });
  });

  it("should read the tag from the address", () => {
    expect(readAddress("?q=tram&tag=public+transport")).toEqual({ ...blank, q: "tram", tag: "public transport" });
  });

  it("should leave empty what the address does not name", () => {
    expect(readAddress("")).toEqual(blank);
    expect(readAddress("?outlet=Reuters")).toEqual({ ...blank, outlet: "Reuters" });
  });

  it("should sort by relevance when the address names an unknown sort", () => {
    expect(readAddress("?q=tram&sort=loudest").sort).toBe("relevance");
  });

  it("should trim the words and filters", () => {
    expect(readAddress("?q=%20%20night%20trams%20&year=%202024")).toMatchObject({ q: "night trams", year: "2024" });
  });
});

describe("addressOf", () => {
  it("should write only what differs from the defaults, words first and sort last", () => {
    expect(addressOf("/search/", { q: "tram", sort: "oldest", year: "2025", month: "", outlet: "City Herald", tag: "", person: "", place: "", organisation: "" })).toBe(
      "/search/?q=tram&year=2025&outlet=City+Herald&sort=oldest",
    );
  });

  it("should write the tag after the outlet and before the sort", () => {
    expect(addressOf("/search/", { ...blank, q: "tram", outlet: "Reuters", tag: "cities", sort: "newest" })).toBe("/search/?q=tram&outlet=Reuters&tag=cities&sort=newest");
  });

  it("should give the bare page for a search of nothing", () => {
    expect(addressOf("/news/search/", blank)).toBe("/news/search/");
  });

  it("should give back the same search when its address is read", () => {
    const text = fc.string({ unit: "grapheme" });
    const query = fc
      .record({ q: text, sort: fc.constantFrom("relevance", "newest", "oldest"), year: text, month: text, outlet: text, tag: text, person: text, place: text, organisation: text })
      .map(normalise);
    fc.assert(
      fc.property(query, (q) => {
        expect(readAddress(new URL(addressOf("/search/", q), "https://site.test").search)).toEqual(q);
      }),
    );
  });
});

describe("chosenFilters", () => {
  it("should name only the filters the query sets", () => {
    expect(chosenFilters({ ...blank, q: "tram", year: "2025", outlet: "Reuters" })).toEqual({ year: "2025", outlet: "Reuters" });
    expect(chosenFilters({ ...blank, q: "tram", sort: "newest" })).toEqual({});
    expect(chosenFilters({ ...blank, tag: "cities" })).toEqual({ tag: "cities" });
  });
});

describe("asksForResults", () => {
  it("should ask for results when the query has words or a filter", () => {
    expect(asksForResults({ ...blank, q: "tram" })).toBe(true);
    expect(asksForResults({ ...blank, month: "2025-03" })).toBe(true);
    expect(asksForResults({ ...blank, tag: "cities" })).toBe(true);
  });

  it("should not ask for results when only the sort is chosen", () => {
    expect(asksForResults({ ...blank, sort: "newest" })).toBe(false);
  });
});

describe("monthAfterYearChoice", () => {
  it("should keep the month when it lies in the chosen year", () => {
    expect(monthAfterYearChoice("2025-03", "2025")).toBe("2025-03");
  });

  it("should clear the month when another year or all years are chosen", () => {
    expect(monthAfterYearChoice("2025-03", "2024")).toBe("");
    expect(monthAfterYearChoice("2025-03", "")).toBe("");
  });
});
