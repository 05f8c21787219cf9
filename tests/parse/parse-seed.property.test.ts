import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSeed, type ParsedSeed, type ParseResult } from "../../src/parse/parse-seed.ts";
import { seedText } from "./seed-arbitraries.ts";

// Each property runs in well under 5 s here; raise numRuns locally to search harder.

/** The tags and attributes remark-html writes for a body; anything else came from a seed. */
const BODY_TAGS = new Set(["p", "a", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "hr", "br"]);
const BODY_ATTRIBUTES = new Set(["href", "title", "start", "class"]);

/** Why a body's HTML is unsafe, or null: a script, a foreign tag, an event handler, a bad href. */
function unsafeBodyHtml(html: string): string | null {
  if (/<script/i.test(html)) return "a <script>";
  for (const [, name, attributes] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!BODY_TAGS.has(name!.toLowerCase())) return `a <${name}> element`;
    for (const [, attribute, value = ""] of attributes!.matchAll(/([^\s="]+)(?:="([^"]*)")?/g)) {
      if (/^on/i.test(attribute!) || !BODY_ATTRIBUTES.has(attribute!)) return `an attribute ${attribute}`;
      if (attribute === "href" && !/^(?:https?:\/\/|mailto:)/i.test(value)) return `href="${value}"`;
    }
  }
  return null;
}

/** The character references the generators write, decoded as Markdown decodes them. */
function decodeReferences(text: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', colon: ":" };
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (reference, hex: string, decimal: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : (named[name.toLowerCase()] ?? reference),
  );
}

/** A tag or character reference in a plain-text field that the seed did not write, or null. */
function addedMarkup(field: string, input: string): string | null {
  const fold = (text: string) => text.replace(/\s+/g, " ");
  const written = [fold(input), fold(decodeReferences(input))];
  for (const [markup] of field.matchAll(/<\/?[a-zA-Z][^>]*>|&(?:#x?[0-9a-fA-F]+|[a-zA-Z]+);/g)) {
    if (!written.some((text) => text.includes(fold(markup!)))) return markup!;
  }
  return null;
}

function plainTextFields(article: ParsedSeed): string[] {
  const { title, author, image, summary, related, bodyText, slug } = article;
  return [title, author ?? "", image?.caption ?? "", image?.credit ?? "", summary, bodyText, slug, ...related.map((r) => r.title)];
}

function expectWellFormed(result: ParseResult, file: string): void {
  expect(typeof result.ok).toBe("boolean");
  for (const d of result.diagnostics) {
    expect(d).toMatchObject({ file, column: 1 });
    expect(["error", "warning"]).toContain(d.severity);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.rule).toMatch(/^[a-z0-9-]+$/);
    expect(d.message).toMatch(/: /); // what is wrong: what to do
  }
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === "error"));
}

describe("the properties' own checks", () => {
  it("should catch scripts, foreign tags, event handlers and bad links, and pass remark-html's output", () => {
    for (const html of ["<script>x</script>", "<img src=x>", '<p onclick="x">a</p>', '<a href="javascript:alert(1)">a</a>', '<a href="#">a</a>']) {
      expect(unsafeBodyHtml(html), html).not.toBeNull();
    }
    expect(unsafeBodyHtml('<p>&#x3C;script> <a href="https://example.org/?a=1&#x26;b">a</a></p>\n<ol start="2"><li>x</li></ol>')).toBeNull();
  });

  it("should catch markup a field has but its seed did not write", () => {
    expect(addedMarkup("a <b>bold</b>", "a **bold**")).toBe("<b>");
    expect(addedMarkup("x &amp; y", "x & y")).toBe("&amp;");
    expect(addedMarkup("<script>", "&lt;script&gt;")).toBeNull();
  });
});

describe("parseSeed, for any input", () => {
  it("should return an article or errors, and never throw, for any Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => expectWellFormed(parseSeed(text, "any.txt"), "any.txt")),
      { numRuns: 400 },
    );
  });

  it("should return an article or errors, and never throw, for any seed-shaped text", () => {
    fc.assert(
      fc.property(seedText, (text) => expectWellFormed(parseSeed(text, "seed.txt"), "seed.txt")),
      { numRuns: 400 },
    );
  });

  it("should never put a script, an event handler or a dangerous link in a body's HTML", () => {
    fc.assert(
      fc.property(seedText, (text) => {
        const result = parseSeed(text, "seed.txt");
        if (result.ok) expect(unsafeBodyHtml(result.article.bodyHtml), result.article.bodyHtml).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it("should add no markup to plain-text fields: every tag or reference in them is the seed's own text", () => {
    fc.assert(
      fc.property(seedText, (text) => {
        const result = parseSeed(text, "seed.txt");
        if (!result.ok) return;
        for (const field of plainTextFields(result.article)) expect(addedMarkup(field, text), field).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it("should keep an HTML-looking title exactly as written", () => {
    const titleText = fc.stringMatching(/^[A-Za-z0-9<>&"'=/.,()?! -]{1,60}$/).filter((title) => /[A-Za-z]/.test(title));
    fc.assert(
      fc.property(titleText, (title) => {
        const result = parseSeed(`# ${title}\n\nMay 2, 2024\n\nBody.\n`, "seed.txt");
        expect(result.ok && result.article.title).toBe(title.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 300 },
    );
  });
});
