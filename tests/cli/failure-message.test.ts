import { describe, expect, it } from "vitest";
import { failureMessage } from "../../src/cli/failure-message.ts";

const systemError = (code: string, path: string) => Object.assign(new Error(`${code}: something, open '${path}'`), { code, path });

describe("failureMessage", () => {
  it("should name a full disk and what to do, even when the error is wrapped as a template error's cause", () => {
    const wrapped = new Error('Having trouble writing to "/site.staging-1/a/index.html" from "./layouts/article.njk"', { cause: systemError("ENOSPC", "/site.staging-1/a/index.html") });
    expect(failureMessage(wrapped, "/site")).toMatch(/^the disk holding \/ is full \(.*\): free some space, or build elsewhere with --output DIR; the previous site is unchanged$/);
  });

  it("should name a read-only file system and a folder without permission", () => {
    expect(failureMessage(systemError("EROFS", "/mnt/ro/site"))).toBe("/mnt/ro/site is on a read-only file system: build elsewhere with --output DIR");
    expect(failureMessage(systemError("EACCES", "/srv/site"))).toBe("cannot write /srv/site: permission denied; make it writable for this user, or build elsewhere with --output DIR");
  });

  it("should give one line, with the cause that says what went wrong, never a stack", () => {
    const error = new Error("Having trouble rendering njk template ./layouts/article.njk", {
      cause: new Error("(./layouts/article.njk)\n  [Line 3, Column 9]\n  Error: filter not found: nosuchfilter\n    at Object.fail (nunjucks.js:1:1)"),
    });
    expect(failureMessage(error)).toBe("Having trouble rendering njk template ./layouts/article.njk: (./layouts/article.njk) [Line 3, Column 9] Error: filter not found: nosuchfilter");
  });
});
