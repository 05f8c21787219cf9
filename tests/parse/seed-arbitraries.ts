// fast-check generators of seed-shaped texts: front matter, title, date, byline, caption, body
// blocks, related lines and a source block, built from ordinary words, any script, and hostile
// fragments (raw HTML, event handlers, dangerous URLs).
import fc from "fast-check";

export const HOSTILE = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<<script>script>alert(1)<</script>/script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">anchor</a>',
  "<svg onload=alert(1)><use href=javascript:alert(1)/></svg>",
  "<iframe src=javascript:alert(1)></iframe>",
  '<div onclick="alert(1)" style="x">block</div>',
  "<b onmouseover=alert(1)>bold</b>",
  "<!-- a comment -->",
  "<style>body{}</style>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#x3C;img src=x onerror=alert(1)&#x3E;",
  "javascript&colon;alert(1)",
  "<details open ontoggle=alert(1)>",
];

export const URLS = [
  "#",
  "",
  "/relative/path",
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "https://example.com/a?b=1&c=<x>",
  'http://x.example/"onmouseover=alert(1)',
  "mailto:desk@example.com",
  "https://www.example.com/2025/05/02/story",
];

const word = fc.constantFrom("council", "tram", "Maduro", "U.S.", "Путин", "café", "東京", "مرحبا", "Ελλάδα", "2026", "it's", "“quoted”");
const anyText = fc.string({ unit: "grapheme", maxLength: 12 });
const linkText = fc.oneof(word, anyText);
const url = fc.constantFrom(...URLS);

const fragment = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: anyText },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.tuple(linkText, url).map(([text, target]) => `[${text}](${target})`) },
  { weight: 1, arbitrary: fc.tuple(linkText, url).map(([text, target]) => `![${text}](${target})`) },
  { weight: 1, arbitrary: url.map((target) => `<${target}>`) },
  { weight: 1, arbitrary: linkText.map((text) => `[${text}][ref]`) },
  { weight: 1, arbitrary: linkText.map((text) => `*${text}*`) },
  { weight: 1, arbitrary: linkText.map((text) => `**${text}**`) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE).map((html) => `\`${html}\``) },
);

export const inlineText = fc.array(fragment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));

const block = fc.oneof(
  { weight: 5, arbitrary: inlineText },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: inlineText.map((text) => `> ${text}`) },
  { weight: 1, arbitrary: fc.tuple(inlineText, inlineText).map(([a, b]) => `- ${a}\n- ${b}`) },
  { weight: 1, arbitrary: inlineText.map((text) => `## ${text}`) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE).map((html) => `\`\`\`html\n${html}\n\`\`\``) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE).map((html) => `    ${html}`) },
  { weight: 1, arbitrary: fc.tuple(linkText, url).map(([text, target]) => `**Related article:** [${text}](${target})`) },
  { weight: 1, arbitrary: url.map((target) => `[ref]: ${target || "#"}`) },
);

const dateLine = fc.oneof(
  fc.constantFrom("January 03, 2026", "Jan. 3, 2026", "3 January 2026", "2026-01-03", "December 19, 2025 14:30", "February 30, 2025", "January 1, 0999", "January 1, 2099", "yesterday"),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
);

/** YAML values that need no escaping (single-quoted, without `'` or line breaks), and wrong types. */
const yamlValue = fc.oneof(
  fc.array(fc.oneof(word, fc.constantFrom(...HOSTILE.filter((html) => !html.includes("'")))), { minLength: 1, maxLength: 3 }).map((parts) => `'${parts.join(" ")}'`),
  fc.constantFrom("[a, b]", "{a: 1}", "2025-02-30", "2026-01-03", "yesterday", "123", "''", "https://www.example.com/2025/05/02/story", "[transport, cities]"),
);
const frontMatter = fc
  .array(fc.tuple(fc.constantFrom("title", "date", "author", "source_url", "source_name", "image_caption", "image_credit", "slug", "tags", "unknown"), yamlValue), { maxLength: 4 })
  .map((entries) => `---\n${entries.map(([key, value]) => `${key}: ${value}`).join("\n")}\n---\n`);

/** A whole seed, shaped like the scraped ones, with any part missing or hostile. */
export const seedText = fc
  .record({
    frontMatter: fc.option(frontMatter, { freq: 3 }),
    blankLines: fc.integer({ min: 0, max: 3 }),
    title: fc.option(inlineText, { freq: 8 }),
    date: fc.option(dateLine, { freq: 6 }),
    byline: fc.option(inlineText.map((name) => `By ${name}`)),
    caption: fc.option(fc.tuple(inlineText, inlineText).map(([caption, credit]) => `${caption} **${credit}**`)),
    body: fc.array(block, { maxLength: 8 }),
    source: fc.option(url.map((target) => `Original url:\n\n<${target}>`)),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map((seed) => {
    const parts = [seed.title && `# ${seed.title}`, seed.date, seed.byline, seed.caption, ...seed.body, seed.source].filter((part) => part !== null);
    const text = `${seed.frontMatter ?? ""}${"\n".repeat(seed.blankLines)}${parts.join("\n\n")}\n`;
    return `${seed.bom ? "\uFEFF" : ""}${seed.crlf ? text.replace(/\n/g, "\r\n") : text}`;
  });
