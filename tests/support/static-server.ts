// A small static file server for browser tests: serves a built site under a path prefix, like
// the host it will be deployed to, with the site's own `_headers` when asked.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

export interface ServeOptions {
  /** Where the site is mounted, e.g. `/news/`. Default `/`. */
  prefix?: string;
  /** Headers sent with every response (e.g. a `Content-Security-Policy`). */
  headers?: Record<string, string>;
  /** Also send the headers from `dir/_headers` (Netlify syntax) for the paths they match. */
  netlifyHeaders?: boolean;
}

export interface StaticServer {
  /** Base URL including the prefix, e.g. `http://127.0.0.1:40123/news/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
  // Pagefind's index chunks (.pf_meta, .pf_index, .pf_fragment, .pagefind) are gzip blobs.
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

type HeaderRule = { pattern: RegExp; headers: Record<string, string> };

/** Parses Netlify's `_headers`: a path line (`*` and `:name` are wildcards), then indented `Name: value` lines. */
export function parseNetlifyHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/:\w+/g, "[^/]+");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
    } else {
      const rule = rules.at(-1);
      const colon = line.indexOf(":");
      if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path line or has no colon`);
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      rule.headers[name] = rule.headers[name] ? `${rule.headers[name]}, ${value}` : value;
    }
  }
  return rules;
}

export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const prefix = `/${(options.prefix ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const headersFile = join(root, "_headers");
  const rules = options.netlifyHeaders && existsSync(headersFile) ? parseNetlifyHeaders(readFileSync(headersFile, "utf8")) : [];

  const server = createServer(async (req, res) => {
    const send = (status: number, body: string | Buffer, type: string, path: string) => {
      const matched = rules.filter((rule) => rule.pattern.test(path) || rule.pattern.test(prefix + path.slice(1)));
      const headers: Record<string, string> = { "content-type": type, "cache-control": "no-store" };
      for (const extra of [...matched.map((rule) => rule.headers), options.headers ?? {}]) {
        for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
      }
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method Not Allowed", TYPES[".txt"]!, "/");

    const rawPath = new URL(req.url ?? "/", "http://localhost").pathname; // still %-encoded
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return send(400, "Bad Request", TYPES[".txt"]!, "/");
    }
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    // Inside the site, `path` is the request path as the site sees it ("/" is its root).
    const path = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : undefined;
    const hidden = path === "/_headers" || path === "/_redirects"; // host configuration, never served
    const file = path === undefined || hidden ? undefined : resolve(root, `.${path}`);
    if (pathname.includes("\0") || (file !== undefined && file !== root && !file.startsWith(root + sep))) {
      return send(403, "Forbidden", TYPES[".txt"]!, "/");
    }

    const info = file === undefined ? undefined : await stat(file).catch(() => undefined);
    if (path !== undefined && file !== undefined && info?.isDirectory() && !path.endsWith("/")) {
      res.writeHead(301, { Location: `${rawPath}/` }).end();
      return;
    }
    const target = info?.isDirectory() ? join(file!, "index.html") : file;
    const body = target === undefined ? undefined : await readFile(target).catch(() => undefined);
    if (body && path !== undefined) return send(200, body, contentType(target!), path);

    const notFound = await readFile(join(root, "404.html")).catch(() => undefined);
    send(404, notFound ?? "Not Found", notFound ? TYPES[".html"]! : TYPES[".txt"]!, path ?? "/404.html");
  });

  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    port,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
