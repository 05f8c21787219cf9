import { describe, expect, it } from "vitest";
import { readCaptured } from "../../src/parse/captured.ts";
import { parseSeed } from "../../src/parse/parse-seed.ts";

const seed = (captured: string) => `---\ntitle: Storm\ndate: 2025-06-02\ncaptured: ${captured}\n---\n\nThe harbour closed.\n`;
const parsed = (text: string) => parseSeed(text, "storm.txt");

describe("readCaptured", () => {
  it.each([
    ["2025-06-02T18:05:00Z", "2025-06-02T18:05:00Z"],
    ["2025-06-02t18:05z", "2025-06-02T18:05Z"],
    ["2025-06-02 18:05", "2025-06-02T18:05"],
    ["2025-06-02T12:10:00.250+02:00", "2025-06-02T12:10:00.250+02:00"],
    ["2025-06-02T12:10-0530", "2025-06-02T12:10-05:30"],
    ["2025-06-02T12:10+02", "2025-06-02T12:10+02:00"],
    ["2025-06-02", "2025-06-02"],
  ])("should read %j as %s", (written, captured) => {
    expect(readCaptured(written, written)).toEqual({ kind: "captured", captured });
  });

  it.each(["yesterday", "2025-02-30T10:00Z", "2025-06-02T24:00Z", "2025-06-02T10:60", "2025-06-02T10:00+25:00", "June 2, 2025"])("should refuse %j", (written) => {
    expect(readCaptured(written, written).kind).toBe("invalid");
  });

  it("should read what YAML made of an unquoted date-time when the line cannot be read", () => {
    expect(readCaptured(new Date("2025-06-02T18:05:00Z"), "")).toEqual({ kind: "captured", captured: "2025-06-02T18:05:00Z" });
  });
});

describe("front matter captured", () => {
  it("should set the record's captured, quoted or not, as written (YAML's Date would lose the zone)", () => {
    const plain = parsed(seed("2025-06-02T12:10:00+02:00"));
    const quoted = parsed(seed('"2025-06-02 12:10"'));
    expect(plain.ok && plain.article.captured).toBe("2025-06-02T12:10:00+02:00");
    expect(quoted.ok && quoted.article.captured).toBe("2025-06-02T12:10");
  });

  it("should leave captured out of a seed that does not give it", () => {
    const result = parsed("# Storm\n\nJune 2, 2025\n\nThe harbour closed.\n");
    expect(result.ok && "captured" in result.article).toBe(false);
  });

  it.each([
    ["2025-06-31T10:00Z", "is not a day on the calendar"],
    ["noon", "is not an ISO 8601 date and time"],
    ["[2025]", "not a date and time"],
  ])("should refuse captured: %s at its line, saying what to write", (value, reason) => {
    const result = parsed(seed(value));
    expect(result.ok).toBe(false);
    const [error] = result.diagnostics;
    expect(error).toMatchObject({ severity: "error", file: "storm.txt", line: 4 });
    expect(error!.message).toContain(reason);
    expect(error!.message).toContain("`captured: 2026-01-03T14:30:00Z`");
  });
});

describe("the date line's time", () => {
  it("should keep the date line's time for the order of versions, but not a front matter date's", () => {
    const line = parsed("# Storm\n\nJune 2, 2025, 7:30 PM\n\nThe harbour closed.\n");
    expect(line.ok && line.article.time).toBe("19:30");
    const overridden = parsed("---\ndate: 2025-06-03\n---\n# Storm\n\nJune 2, 2025, 7:30 PM\n\nThe harbour closed.\n");
    expect(overridden.ok && "time" in overridden.article).toBe(false);
  });
});
