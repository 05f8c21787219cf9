import matter from "gray-matter";
import { z } from "zod";
import type { Finding } from "./diagnostic.ts";
import { readCaptured } from "./captured.ts";
import { dateFromYaml, type DateReading, readDateLine } from "./dates.ts";
import { describeFrontMatterIssue } from "./front-matter-issues.ts";
import { isValidSlug } from "./slug.ts";

/** The front matter keys a seed may set; each overrides what the text says. */
const text = z.string().trim().min(1, "must not be empty");
const frontMatterSchema = z
  .object({
    title: text,
    date: z.union([z.date(), z.string(), z.number()]),
    author: text,
    source_url: text,
    source_name: text,
    image_caption: text,
    image_credit: text,
    slug: text.refine(isValidSlug, "must be lower-case ASCII words joined by `-`, e.g. `my-article`"),
    tags: z.union([text.transform((tag) => [tag]), z.array(z.union([z.string(), z.number()]).transform(String))]),
    captured: z.union([z.date(), text]),
  })
  .partial()
  .strict();

export type FrontMatter = Omit<z.infer<typeof frontMatterSchema>, "date" | "captured"> & { date?: string; captured?: string };

export interface SplitSeed {
  frontMatter: FrontMatter;
  /** The text after the front matter. */
  body: string;
  /** How many lines of the file come before `body` (to report body lines as file lines). */
  bodyLineOffset: number;
  /** The file line of each key the front matter sets. */
  keyLines: Record<string, number>;
  problems: Finding[];
}

/** Splits optional YAML front matter from a seed's text and checks it against the schema. */
export function splitFrontMatter(source: string): SplitSeed {
  if (!/^---[ \t]*\n/.test(source)) return { frontMatter: {}, body: source, bodyLineOffset: 0, keyLines: {}, problems: [] };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An options object turns off gray-matter's cache, whose results must not be shared.
    parsed = matter(source, { excerpt: false });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      frontMatter: {},
      body: "",
      bodyLineOffset: 0,
      keyLines: {},
      problems: [
        {
          line: (mark?.line ?? 0) + 1,
          rule: "front-matter-yaml",
          reason: `the front matter is not valid YAML (${reason}), on this line or just above it`,
          fix: "fix the YAML between the `---` lines (e.g. `title: The title`, quoted if it holds a colon)",
        },
      ],
    };
  }
  const body = parsed.content;
  const bodyLineOffset = countLines(source.slice(0, source.length - body.length));
  const frontLines = source.slice(0, source.length - body.length).split("\n");
  const keyLines: Record<string, number> = {};
  frontLines.forEach((line, index) => {
    const key = line.match(/^([A-Za-z_]+)\s*:/)?.[1];
    if (key && !(key in keyLines)) keyLines[key] = index + 1;
  });
  const lineOfKey = (key: string) => keyLines[key] ?? 1;
  const data: unknown = parsed.data ?? {};
  // A scraped page may open with a `---` rule: "front matter" that sets no key is the text's.
  const setsNothing = Object.keys(keyLines).length === 0 && !(isRecord(data) && Object.keys(data).length > 0);
  if (setsNothing) return { frontMatter: {}, body: source, bodyLineOffset: 0, keyLines: {}, problems: [] };
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const { key, reason, fix } = describeFrontMatterIssue(issue, isRecord(data) ? data : {});
      return { line: key === "" ? 2 : lineOfKey(key), rule: "front-matter-type", reason, fix };
    });
    return { frontMatter: {}, body, bodyLineOffset, keyLines, problems };
  }
  const { date, captured, ...rest } = result.data;
  const problems: Finding[] = [];
  const frontMatter: FrontMatter = { ...rest };
  const writtenValue = (key: string) =>
    frontLines[lineOfKey(key) - 1]
      ?.replace(new RegExp(`^${key}\\s*:\\s*`), "")
      .replace(/\s+#.*$/, "")
      .replace(/^(["'])(.*)\1$/, "$2") ?? "";
  if (date !== undefined) {
    const written = writtenValue("date");
    const reading = readFrontMatterDate(date, written);
    if (reading.kind === "date") frontMatter.date = reading.date;
    else {
      const why = reading.kind === "invalid" ? reading.reason : `\`${written || String(date)}\` is not a date`;
      problems.push({ line: lineOfKey("date"), rule: "front-matter-date", reason: `front matter \`date\`: ${why}`, fix: "write the article's date as `date: 2026-01-03`" });
    }
  }
  if (captured !== undefined) {
    const reading = readCaptured(captured, writtenValue("captured"));
    if (reading.kind === "captured") frontMatter.captured = reading.captured;
    else {
      problems.push({
        line: lineOfKey("captured"),
        rule: "front-matter-date",
        reason: `front matter \`captured\`: ${reading.reason}`,
        fix: "write when the seed was captured as `captured: 2026-01-03T14:30:00Z` (ISO 8601; the time and zone may be left out), or delete the line",
      });
    }
  }
  return { frontMatter, body, bodyLineOffset, keyLines, problems };
}

/**
 * YAML reads `2025-02-30` as March 2 without a word, so the date is read from the text as written
 * whenever it is shaped like a date, and only otherwise from what YAML made of it.
 */
function readFrontMatterDate(value: Date | string | number, written: string): DateReading {
  const reading = readDateLine(written);
  if (reading.kind !== "none" || !(value instanceof Date)) return reading.kind === "none" ? readDateLine(String(value)) : reading;
  const date = dateFromYaml(value);
  return date ? { kind: "date", date } : { kind: "none" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === "\n") count++;
  return count;
}
