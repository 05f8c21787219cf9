/**
 * The site's configuration, in one place: names, addresses and the outlets it knows.
 * Everything the templates and the build need to know about the site itself lives here.
 */
export interface SiteConfig {
  /** The site's name, shown in every page's header and title. */
  title: string;
  /** One sentence about the archive, for the home page and feeds. */
  description: string;
  /** The address the site is published at, without the path prefix (for canonical links). */
  baseUrl: string;
  /** Where the site lives under that address: `/` or a sub-path such as `/news/`. */
  pathPrefix: string;
  /** The language of the site's own text (articles may be in any). */
  language: string;
  /** Display names of known outlets, by domain without `www.`. */
  outlets: Record<string, string>;
  /** Articles on each page of the index and of an outlet's list. */
  pageSize: number;
  /** People, places and organisations: names to file under another (`"Lavrov": "Sergei Lavrov"`, any case) and names never filed. */
  entities: { aliases: Record<string, string>; stopWords: string[] };
  /**
   * The most one search index ("shard") holds: a year of more is indexed in parts. Pagefind holds
   * all it indexes until it writes (250 MB for 1,000 of the benchmark's articles of 500–900 words,
   * 1.7 GB for 6,841; docs/performance.md): higher limits make fewer indexes for a reader to
   * download (at 100,000 articles, a search of every year downloads 2.8 MB with parts of 2,000
   * articles, 4.6 MB with parts of 1,000), at the price of a build's memory (0.25 GB more).
   */
  searchShards: { articles: number; words: number };
}

export const siteConfig: SiteConfig = {
  title: "Broadsheet",
  description: "An archive of news articles, searchable and readable anywhere.",
  baseUrl: "https://example.org",
  pathPrefix: "/",
  language: "en",
  pageSize: 50,
  searchShards: { articles: 1_000, words: 1_000_000 },
  entities: {
    aliases: {
      "U.S.": "United States",
      US: "United States",
      USA: "United States",
      "U.K.": "United Kingdom",
      UK: "United Kingdom",
      Britain: "United Kingdom",
      EU: "European Union",
      UN: "United Nations",
      "U.N.": "United Nations",
    },
    stopWords: ["Kremlin.ru", "Social", "Anonymous", "Western", "Eastern", "Northern", "Southern"],
  },
  outlets: {
    "themoscowtimes.com": "The Moscow Times",
    "reuters.com": "Reuters",
    "apnews.com": "AP News",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "meduza.io": "Meduza",
    "aljazeera.com": "Al Jazeera",
    "ft.com": "Financial Times",
    "bloomberg.com": "Bloomberg",
    "dw.com": "DW",
    "france24.com": "France 24",
    "kyivindependent.com": "The Kyiv Independent",
  },
};

/** A path prefix as URLs use it: `/` or `/news/`, whatever slashes and spaces it was given with. */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
