import { describe, expect, it, vi } from "vitest";
import { rfc3339Date, pluralize, readableCapture, readableDate } from "../../src/site/format.ts";

describe("readableDate", () => {
  it("should write an ISO date as month, day and year", () => {
    expect(readableDate("2026-01-03")).toBe("January 3, 2026");
    expect(readableDate("2024-12-31")).toBe("December 31, 2024");
  });

  it("should keep the calendar date, not shift it by the build machine's time zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/Los_Angeles"; // where midnight UTC on March 1 is still February 28
    try {
      vi.resetModules(); // the formatter is made when the module loads
      const { readableDate: inLosAngeles } = await import("../../src/site/format.ts");
      expect(new Date(Date.UTC(2025, 2, 1)).getDate()).toBe(28); // the zone took effect
      expect(inLosAngeles("2025-03-01")).toBe("March 1, 2025");
      expect(inLosAngeles("2024-02-29")).toBe("February 29, 2024");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("should write years before 1000 as they are, not as years of the 20th century", () => {
    expect(readableDate("0999-07-14")).toBe("July 14, 999");
    expect(readableDate("0050-01-01")).toBe("January 1, 50");
  });
});

describe("pluralize", () => {
  it("should use the singular for exactly one, the plural otherwise", () => {
    expect(pluralize(1, "word")).toBe("1 word");
    expect(pluralize(0, "word")).toBe("0 words");
    expect(pluralize(2, "article")).toBe("2 articles");
  });

  it("should take a plural that is not the singular with an s", () => {
    expect(pluralize(3, "story", "stories")).toBe("3 stories");
    expect(pluralize(1, "story", "stories")).toBe("1 story");
  });

  it("should group the thousands with commas", () => {
    expect(pluralize(12345, "word")).toBe("12,345 words");
    expect(pluralize(1000000, "word")).toBe("1,000,000 words");
  });
});

describe("rfc3339Date", () => {
  it("should give an RFC 3339 timestamp at midnight UTC, for the Atom and JSON feeds", () => {
    expect(rfc3339Date("2026-01-03")).toBe("2026-01-03T00:00:00Z");
    expect(new Date(rfc3339Date("2026-01-03")).toISOString()).toBe("2026-01-03T00:00:00.000Z");
  });
});

describe("readableCapture", () => {
  it.each([
    ["2025-06-02T18:05:00Z", "June 2, 2025, 18:05 UTC"],
    ["2025-06-02T12:10:00+02:00", "June 2, 2025, 12:10 UTC+02:00"],
    ["2025-06-02T07:30", "June 2, 2025, 07:30"],
    ["2025-06-02", "June 2, 2025"],
  ])("should write %s as %s", (captured, text) => {
    expect(readableCapture(captured)).toBe(text);
  });
});
