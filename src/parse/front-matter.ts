import matter from "gray-matter";
import { z } from "zod";
import { dateFromYaml, readDateLine } from "./dates.ts";
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
  })
  .partial()
  .strict();

export type FrontMatter = Omit<z.infer<typeof frontMatterSchema>, "date"> & { date?: string };

export interface FrontMatterProblem {
  line: number;
  message: string;
  rule: string;
}

export interface SplitSeed {
  frontMatter: FrontMatter;
  /** The text after the front matter. */
  body: string;
  /** How many lines of the file come before `body` (to report body lines as file lines). */
  bodyLineOffset: number;
  problems: FrontMatterProblem[];
}

/** Splits optional YAML front matter from a seed's text and checks it against the schema. */
export function splitFrontMatter(source: string): SplitSeed {
  if (!/^---[ \t]*\n/.test(source)) return { frontMatter: {}, body: source, bodyLineOffset: 0, problems: [] };
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
      problems: [{ line: (mark?.line ?? 0) + 1, message: `the front matter is not valid YAML (${reason}): fix the YAML between the \`---\` lines`, rule: "front-matter-yaml" }],
    };
  }
  const body = parsed.content;
  const bodyLineOffset = countLines(source.slice(0, source.length - body.length));
  const frontLines = source.slice(0, source.length - body.length).split("\n");
  const lineOfKey = (key: string) => 1 + Math.max(0, frontLines.findIndex((line) => line.startsWith(`${key}:`)));
  const data: unknown = parsed.data ?? {};
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const key = issue.code === "unrecognized_keys" ? issue.keys[0]! : String(issue.path[0] ?? "");
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown front matter key \`${issue.keys.join("`, `")}\`: the keys are title, date, author, source_url, source_name, image_caption, image_credit, slug, tags`
          : `front matter \`${key}\` ${issue.message.toLowerCase()}`;
      return { line: lineOfKey(key), message, rule: "front-matter-type" };
    });
    return { frontMatter: {}, body, bodyLineOffset, problems };
  }
  const { date, ...rest } = result.data;
  const problems: FrontMatterProblem[] = [];
  const frontMatter: FrontMatter = { ...rest };
  if (date !== undefined) {
    const iso = readFrontMatterDate(date);
    if (iso) frontMatter.date = iso;
    else problems.push({ line: lineOfKey("date"), message: `front matter \`date\` "${String(date)}" is not a usable date: write it as YYYY-MM-DD`, rule: "front-matter-date" });
  }
  return { frontMatter, body, bodyLineOffset, problems };
}

function readFrontMatterDate(value: Date | string | number): string | null {
  if (value instanceof Date) return dateFromYaml(value);
  const reading = readDateLine(String(value));
  return reading.kind === "date" ? reading.date : null;
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === "\n") count++;
  return count;
}
