/**
 * One copy of each repeated short string in plain data (objects and arrays), changed in place.
 * A structured clone (every message from a worker) makes a string anew for each occurrence,
 * where `JSON.parse` shares short ones: at 100,000 articles, a cold build's main thread held
 * a place, outlet or credit once per article that names it, about 100 MB more than a warm build
 * (measured: see docs/performance.md, session 19). Long strings rarely repeat, and are left alone.
 */
export class SharedStrings {
  private readonly strings = new Map<string, string>();

  constructor(private readonly maxLength = 32) {}

  /** How many different strings it holds. */
  get size(): number {
    return this.strings.size;
  }

  /** `value`, whose short strings are now the ones it holds (each the first it was given). */
  share<T>(value: T): T {
    if (typeof value === "string") return this.string(value) as T;
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === "string") record[key] = this.string(item);
      else this.share(item);
    }
    return value;
  }

  private string(text: string): string {
    if (text.length > this.maxLength) return text;
    const kept = this.strings.get(text);
    if (kept !== undefined) return kept;
    this.strings.set(text, text);
    return text;
  }
}
