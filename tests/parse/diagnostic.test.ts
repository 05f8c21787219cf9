import { VFileMessage } from "vfile-message";
import { describe, expect, it } from "vitest";
import { diagnostic, seedMessage, toDiagnostic } from "../../src/parse/diagnostic.ts";

const NO_TITLE = { line: 3, rule: "missing-title", reason: "the seed has no title", fix: "start it with a `# Title` line" };

describe("seedMessage", () => {
  it("should make a vfile message at the line and column, with the rule, the file and the fix as its note", () => {
    const message = seedMessage("error", "a.txt", { ...NO_TITLE, column: 5 });
    expect(message).toBeInstanceOf(VFileMessage);
    expect(message).toMatchObject({ file: "a.txt", line: 3, column: 5, ruleId: "missing-title", source: "broadsheet", reason: "the seed has no title", note: "start it with a `# Title` line" });
    expect(message.name).toBe("3:5");
  });

  it("should make an error's message fatal and a warning's not", () => {
    expect(seedMessage("error", "a.txt", NO_TITLE).fatal).toBe(true);
    expect(seedMessage("warning", "a.txt", NO_TITLE).fatal).toBe(false);
  });

  it("should leave Error.stackTraceLimit as it found it", () => {
    const before = Error.stackTraceLimit;
    seedMessage("error", "a.txt", NO_TITLE);
    expect(Error.stackTraceLimit).toBe(before);
  });
});

describe("toDiagnostic", () => {
  it("should make the plain record, column 1 unless given, the message saying what is wrong and then what to do", () => {
    expect(diagnostic("error", "a.txt", NO_TITLE)).toEqual({
      severity: "error",
      file: "a.txt",
      line: 3,
      column: 1,
      rule: "missing-title",
      message: "the seed has no title: start it with a `# Title` line",
    });
  });

  it("should make a record that structuredClone and JSON carry whole", () => {
    const record = diagnostic("warning", "a.txt", NO_TITLE);
    expect(structuredClone(record)).toEqual(record);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it("should read another tool's message, not fatal and without a note, as a warning with its own reason", () => {
    const message = new VFileMessage("Unexpected trailing whitespace", { place: { line: 2, column: 7 }, ruleId: "no-trailing-spaces", source: "remark-lint" });
    message.file = "b.md";
    expect(toDiagnostic(message)).toEqual({ severity: "warning", file: "b.md", line: 2, column: 7, rule: "no-trailing-spaces", message: "Unexpected trailing whitespace" });
  });
});
