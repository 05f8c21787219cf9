import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/article.ts";
import { localPicturePath } from "../../src/parse/picture-path.ts";
import { parseSeed } from "../../src/parse/parse-seed.ts";

const HEADER = "# A Story\n\nMay 2, 2024\n\n";
const BODY = "The first real paragraph of the story.\n\nA second paragraph.\n";

function parsed(text: string): ParsedArticle {
  const result = parseSeed(text, "seed.txt");
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.article;
}

describe("the lead picture", () => {
  it("should take an image paragraph before the body as the lead image, with the caption and credit of the paragraph after it", () => {
    const article = parsed(`${HEADER}![A tram at dawn](https://cdn.example/photo.jpg)\n\nThe new tram leaves the depot. **Jane Doe / AP**\n\n${BODY}`);
    expect(article.image).toEqual({ caption: "The new tram leaves the depot.", credit: "Jane Doe / AP", url: "https://cdn.example/photo.jpg", alt: "A tram at dawn" });
  });

  it("should take the summary from the first real paragraph, not the picture", () => {
    const article = parsed(`${HEADER}![A tram at dawn](https://cdn.example/photo.jpg)\n\nThe new tram leaves the depot. **Jane Doe / AP**\n\n${BODY}`);
    expect(article.summary).toBe("The first real paragraph of the story.");
    expect(article.bodyHtml).not.toContain("cdn.example");
  });

  it("should keep a lead picture without a caption, with an empty caption and no credit", () => {
    const article = parsed(`${HEADER}![Crowds](https://cdn.example/crowds.jpg)\n\n${BODY}`);
    expect(article.image).toEqual({ caption: "", credit: null, url: "https://cdn.example/crowds.jpg", alt: "Crowds" });
    expect(article.summary).toBe("The first real paragraph of the story.");
  });

  it("should keep a relative address as the seed writes it, for the loader to find", () => {
    expect(parsed(`${HEADER}![A tram](photos/tram%201.jpg)\n\n${BODY}`).image?.url).toBe("photos/tram 1.jpg");
  });

  it("should keep the alt text but drop an address that cannot be archived", () => {
    expect(parsed(`${HEADER}![Bad](javascript:alert(1))\n\n${BODY}`).image).toEqual({ caption: "", credit: null, url: null, alt: "Bad" });
    expect(parsed(`${HEADER}![Up](../../etc/passwd.jpg)\n\n${BODY}`).image?.url).toBeNull();
  });

  it("should leave the body's pictures where they are, as links to the picture", () => {
    const article = parsed(`${HEADER}${BODY}\n![Second photo](https://cdn.example/two.jpg)\n\nThe second photo's caption. **AFP**\n`);
    expect(article.image).toBeNull();
    expect(article.bodyHtml).toContain('<a href="https://cdn.example/two.jpg">[Image: Second photo]</a>');
    expect(article.bodyHtml).toContain("The second photo's caption.");
  });

  it("should take the summary from the first paragraph of text when the body starts with a second picture", () => {
    const article = parsed(`${HEADER}![Lead](https://cdn.example/lead.jpg)\n\nLead caption. **AP**\n\n![Second](https://cdn.example/second.jpg)\n\nText before. A [link](https://x.example/) in it.\n`);
    expect(article.image?.url).toBe("https://cdn.example/lead.jpg");
    expect(article.bodyHtml).toContain("https://cdn.example/second.jpg");
    expect(article.summary).toBe("Text before. A link in it.");
  });
});

describe("localPicturePath", () => {
  it("should accept paths beside or below the seed and refuse the others", () => {
    expect(localPicturePath("photo.jpg")).toBe("photo.jpg");
    expect(localPicturePath("./img//photo.jpg")).toBe("img/photo.jpg");
    for (const url of ["", "/abs.jpg", "../up.jpg", "a/../../up.jpg", "data:image/png;base64,AAA", "photo.jpg?x=1", "//cdn.example/x.jpg", "a\\b.jpg", "%E0%A4%A.jpg"]) {
      expect(localPicturePath(url), url).toBeNull();
    }
  });
});

describe("related lines with addresses", () => {
  it("should keep the related link's http(s) address beside its title", () => {
    const article = parsed(`${HEADER}${BODY}\n**Related article:** [Some Slug](https://www.outlet.example/2025/12/10/some-slug-a76980)\n`);
    expect(article.related).toEqual([{ title: "Some Slug", href: "https://www.outlet.example/2025/12/10/some-slug-a76980" }]);
  });

  it("should give no address for `#`, relative or unsafe targets, nor for a title without a link", () => {
    const article = parsed(`${HEADER}${BODY}\n**Related articles:** [A](#) [B](/x) [C](javascript:alert(1))\n\n**Read also:** Plain Title\n`);
    expect(article.related).toEqual([
      { title: "A", href: null },
      { title: "B", href: null },
      { title: "C", href: null },
      { title: "Plain Title", href: null },
    ]);
  });
});
