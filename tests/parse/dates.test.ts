import { describe, expect, it } from "vitest";
import { dateFromUrl, dateFromYaml, isCalendarDate, readDateLine } from "../../src/parse/dates.ts";

describe("readDateLine", () => {
  it.each([
    ["January 03, 2026", "2026-01-03"],
    ["January 3, 2026", "2026-01-03"],
    ["Jan. 3, 2026", "2026-01-03"],
    ["Nov. 3, 2025", "2025-11-03"],
    ["Sept. 30, 2024", "2024-09-30"],
    ["3 January 2026", "2026-01-03"],
    ["2026-01-03", "2026-01-03"],
    ["December 19, 2025 14:30", "2025-12-19"],
    ["December 19, 2025, 2:30 PM", "2025-12-19"],
    ["2025-12-19T14:30:00Z", "2025-12-19"],
    ["February 29, 2024", "2024-02-29"],
    ["  march 4,   2025  ", "2025-03-04"],
  ])("should read %j as %s", (line, expected) => {
    expect(readDateLine(line)).toMatchObject({ kind: "date", date: expected });
  });

  it.each([
    ["December 19, 2025 14:30", "14:30"],
    ["December 19, 2025, 2:30 PM", "14:30"],
    ["Dec. 19, 2025 at 12:05 a.m. EST", "00:05"],
    ["2025-12-19T14:30:00Z", "14:30:00"],
  ])("should read the time of %j as %s, 24-hour", (line, time) => {
    expect(readDateLine(line)).toMatchObject({ kind: "date", time });
  });

  it.each(["January 3, 2026", "December 19, 2025 25:30", "December 19, 2025, 13:30 PM"])("should give %j no time", (line) => {
    expect(readDateLine(line)).toEqual({ kind: "date", date: expect.any(String) });
  });

  it.each(["February 30, 2026", "February 29, 2025", "2026-13-01", "April 31, 2026"])("should call %j invalid", (line) => {
    expect(readDateLine(line).kind).toBe("invalid");
  });

  it.each(["By Jane Doe", "The meeting on January 3, 2026 went well.", "Foo 3, 2026", "2026", ""])("should not take %j for a date", (line) => {
    expect(readDateLine(line)).toEqual({ kind: "none" });
  });
});

describe("dateFromUrl", () => {
  it("should read the /YYYY/MM/DD/ path", () => {
    expect(dateFromUrl("https://www.themoscowtimes.com/2026/01/03/some-slug-a91602")).toBe("2026-01-03");
  });
  it("should give null without a date path or with an impossible one", () => {
    expect(dateFromUrl("https://example.com/news/some-slug")).toBeNull();
    expect(dateFromUrl("https://example.com/2026/02/30/x")).toBeNull();
  });
});

describe("dateFromYaml", () => {
  it("should take the UTC calendar day of a YAML date", () => {
    expect(dateFromYaml(new Date(Date.UTC(2026, 0, 3)))).toBe("2026-01-03");
  });
});

describe("isCalendarDate", () => {
  it("should know leap years", () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
  });
});
