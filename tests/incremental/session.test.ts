import { describe, expect, it } from "vitest";
import { BuildSession } from "../../src/incremental/session.ts";
import { parserVersion } from "../../src/incremental/versions.ts";

describe("BuildSession.forOneBuild", () => {
  it("should take the parser's version its build made already, and make it otherwise", async () => {
    expect(await BuildSession.forOneBuild(null, "made-by-the-first-look").parserVersion()).toBe("made-by-the-first-look");
    expect(await BuildSession.forOneBuild(null).parserVersion()).toBe(await parserVersion());
  });
});
