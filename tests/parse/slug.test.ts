import { describe, expect, it } from "vitest";
import { isValidSlug, slugFromTitle } from "../../src/parse/slug.ts";

describe("slugFromTitle", () => {
  it("should join lower-case words and drop abbreviation dots", () => {
    expect(slugFromTitle("Russia Demands Release of Maduro After U.S. Military Strikes Venezuela")).toBe("russia-demands-release-of-maduro-after-us-military-strikes-venezuela");
  });
  it("should transliterate other scripts to ASCII", () => {
    expect(slugFromTitle("Путин встретился с журналистами")).toBe("putin-vstretilsya-s-zhurnalistami");
    expect(slugFromTitle("Café déjà vu à Zürich")).toBe("cafe-deja-vu-a-zuerich");
  });
  it("should keep HTML-looking titles harmless", () => {
    expect(slugFromTitle('"Black Box" & <Drones>')).toBe("black-box-and-drones");
  });
  it("should cut long titles at a word boundary", () => {
    const slug = slugFromTitle("word ".repeat(400));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("word")).toBe(true);
  });
  it("should fall back to `article` when nothing is left", () => {
    expect(slugFromTitle("!!! ???")).toBe("article");
  });
});

describe("isValidSlug", () => {
  it("should accept lower-case words joined by dashes only", () => {
    expect(isValidSlug("my-article-2")).toBe(true);
    expect(isValidSlug("My Article")).toBe(false);
    expect(isValidSlug("../etc")).toBe(false);
    expect(isValidSlug("a--b")).toBe(false);
  });
});
