import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { isSafeUrl, makeTreeSafe, rawHtmlAsText, renderBody } from "../../src/parse/safe-body.ts";

const remark = unified().use(remarkParse);

/** A seed body's HTML, made safe the way the parser does it. */
function safeHtml(markdown: string): string {
  const tree = remark.parse(markdown);
  makeTreeSafe(tree);
  return renderBody(tree.children);
}

describe("isSafeUrl", () => {
  it.each(["https://example.org", "http://example.org/a?b=1#c", "HTTPS://EXAMPLE.ORG/", "https://пример.рф/путь", "mailto:desk@example.org"])("should accept %s", (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    ["javascript:alert(1)", "another scheme"],
    ["JavaScript:alert(1)", "another scheme, in capitals"],
    ["java\tscript:alert(1)", "a tab that browsers drop"],
    ["\u0001https://example.org", "a control character before the scheme"],
    [" https://example.org", "a leading space"],
    ["https://exa mple.org", "a space inside"],
    ["https://example.org/\u0000", "a NUL inside"],
    ["data:text/html,<script>alert(1)</script>", "a data: URL"],
    ["vbscript:msgbox", "another scheme"],
    ["//example.org/x", "a scheme-relative URL"],
    ["/2025/01/01/a/", "a relative URL"],
    ["#", "a fragment"],
    ["", "nothing"],
    ["https://", "no host"],
    ["https:///path", "no host before the path"],
    ["https:\\\\example.org", "backslashes for slashes"],
    ["mailto:", "no address"],
  ])("should refuse %j (%s)", (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe("makeTreeSafe", () => {
  it("should keep a link to an absolute http(s) URL", () => {
    expect(safeHtml("[the report](https://example.org/report)")).toBe('<p><a href="https://example.org/report">the report</a></p>');
  });

  it("should turn a javascript: link into its text", () => {
    expect(safeHtml("[click](javascript:alert(1)) here")).toBe("<p>click here</p>");
  });

  it("should turn a link that leads nowhere (relative, #, empty) into its text", () => {
    expect(safeHtml("[a](/local) [b](#) [c]()")).toBe("<p>a b c</p>");
  });

  it("should judge a reference link by its definition, the first one when there are two", () => {
    expect(safeHtml("[safe][r]\n\n[r]: https://example.org/r")).toBe('<p><a href="https://example.org/r">safe</a></p>');
    expect(safeHtml("[unsafe][r]\n\n[r]: javascript:alert(1)\n[r]: https://example.org/r")).toBe("<p>unsafe</p>");
  });

  it("should turn an image into a link to the picture, named by its description", () => {
    expect(safeHtml("![A tram at dawn](https://example.org/tram.jpg)")).toBe('<p><a href="https://example.org/tram.jpg">[Image: A tram at dawn]</a></p>');
    expect(safeHtml("![](https://example.org/tram.jpg)")).toBe('<p><a href="https://example.org/tram.jpg">[Image]</a></p>');
  });

  it("should turn an image with an unsafe address into its description alone", () => {
    expect(safeHtml("![x](javascript:alert(1)) and ![y][i]\n\n[i]: data:image/png;base64,AAAA")).toBe("<p>[Image: x] and [Image: y]</p>");
  });

  it("should show raw HTML as the text it is, in a block and inline", () => {
    expect(safeHtml('<script>alert("x")</script>')).toBe('<p>&#x3C;script>alert("x")&#x3C;/script></p>');
    expect(safeHtml("Some <b onclick=x>bold</b> text")).toBe("<p>Some &#x3C;b onclick=x>bold&#x3C;/b> text</p>");
  });
});

describe("rawHtmlAsText", () => {
  it("should make HTML in a heading text, so a title reads <Drones> as written", () => {
    const tree: Root = remark.parse("# Attack of the <Drones>");
    rawHtmlAsText(tree);
    expect(tree.children[0]).toMatchObject({
      type: "heading",
      children: [
        { type: "text", value: "Attack of the " },
        { type: "text", value: "<Drones>" },
      ],
    });
  });
});

describe("renderBody", () => {
  it("should make a # heading in the body a second-level one, the title being the page's only h1", () => {
    expect(safeHtml("# Inside\n\n## Below")).toBe("<h2>Inside</h2>\n<h2>Below</h2>");
  });
});
