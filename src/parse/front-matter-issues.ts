import type { core } from "zod";

/** The keys front matter may set, in the order the messages list them. */
export const FRONT_MATTER_KEYS = ["title", "date", "author", "source_url", "source_name", "image_caption", "image_credit", "slug", "tags", "captured"];

const TEXT_EXAMPLES: Record<string, string> = {
  title: "title: The title",
  author: "author: Jane Doe",
  source_url: "source_url: https://www.example.com/2026/01/03/story",
  source_name: "source_name: The Daily Example",
  image_caption: "image_caption: What the photo shows.",
  image_credit: "image_credit: Jane Doe / AP",
};

/** A front matter problem found by the schema: the key, what is wrong, and what to write instead. */
export function describeFrontMatterIssue(issue: core.$ZodIssue, data: Record<string, unknown>): { key: string; reason: string; fix: string } {
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => `\`${key}\``).join(", ");
    return { key: issue.keys[0]!, reason: `unknown front matter key ${keys}`, fix: `delete it, or use one of ${FRONT_MATTER_KEYS.join(", ")}` };
  }
  const key = String(issue.path[0] ?? "");
  if (key === "") {
    return { key, reason: "the front matter is not a set of `key: value` lines", fix: "write one `key: value` per line between the `---` lines (e.g. `title: The title`)" };
  }
  const value = data[key];
  if (issue.code === "too_small") return { key, reason: `front matter \`${key}\` is empty`, fix: "give it a value, or delete the line" };
  if (key === "slug" && typeof value === "string") {
    return {
      key,
      reason: "front matter `slug` must be lower-case ASCII words joined by `-`, at most 80 characters (e.g. `my-article`)",
      fix: "correct it, or delete the line to take the slug from the title",
    };
  }
  if (key === "date") return { key, reason: `front matter \`date\` is ${describeValue(value)}, not a date`, fix: "write it as `date: 2026-01-03`" };
  if (key === "captured") {
    return { key, reason: `front matter \`captured\` is ${describeValue(value)}, not a date and time`, fix: "write it as `captured: 2026-01-03T14:30:00Z` (ISO 8601)" };
  }
  if (key === "tags") return { key, reason: `front matter \`tags\` is ${describeValue(value)}, not a word or a list of words`, fix: "write it as `tags: [politics, europe]`" };
  const example = TEXT_EXAMPLES[key] ?? `${key}: text`;
  return { key, reason: `front matter \`${key}\` is ${describeValue(value)}, not text`, fix: `write it as \`${example}\` (in quotes if it holds a colon or starts with \`[\` or \`{\`)` };
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a set of `key: value` pairs";
  if (typeof value === "string") return "text";
  return `\`${String(value)}\``;
}
