import type { Definition, Html, Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import remarkHtml from "remark-html";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { localPicturePath } from "./picture-path.ts";

/**
 * An absolute http(s) URL with a host, or a mailto: address, with no spaces or control
 * characters anywhere (browsers drop some of those before reading the scheme, which is how
 * `java\tscript:` would slip through a looser check).
 */
const SAFE_URL = /^(?:https?:\/\/[^\s\u0000-\u001f/?#\\]+|mailto:[^\s\u0000-\u001f])[^\s\u0000-\u001f]*$/i;

/** Whether a link target leads somewhere real and harmless: an absolute http(s) or mailto URL. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url); // relative, `#`, empty or another scheme: not archived, or not safe
}

/**
 * Raw HTML in a seed is data: each `html` node becomes text, shown as written. Done first, so
 * that titles and captions read `<Drones>` as text too.
 */
export function rawHtmlAsText(tree: Root): void {
  replaceNodes(tree, (node, parent) => (node.type === "html" ? htmlAsText(node, parent) : undefined));
}

/**
 * Makes a seed's body safe to render, in place: links that lead nowhere (`#`, empty, relative)
 * or somewhere harmful (`javascript:`) become their plain text, and images become links to the
 * picture (the site loads nothing from elsewhere), except an image of a file beside the seed,
 * which stays an image for the site stage to show. Raw HTML becomes text, as in `rawHtmlAsText`.
 */
export function makeTreeSafe(tree: Root): void {
  const definitions = new Map<string, Definition>();
  visit(tree, "definition", (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node); // the first one counts, as in CommonMark
  });
  replaceNodes(tree, (node, parent) => safeReplacement(node, parent, definitions));
}

function replaceNodes(tree: Root, replace: (node: Nodes, parent: Parent) => Nodes[] | undefined): void {
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return;
    const replacement = replace(node, parent);
    if (replacement === undefined) return;
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    return [SKIP, index];
  });
}

function htmlAsText({ value, position }: Html, parent: Parent): Nodes[] {
  return parent.type === "paragraph" || isPhrasingParent(parent) ? [{ type: "text", value, position }] : [{ type: "paragraph", children: [{ type: "text", value }], position }];
}

function safeReplacement(node: Nodes, parent: Parent, definitions: Map<string, Definition>): Nodes[] | undefined {
  switch (node.type) {
    case "html":
      return htmlAsText(node, parent);
    case "link":
      return isSafeUrl(node.url) ? undefined : node.children;
    case "linkReference": {
      const target = definitions.get(node.identifier);
      return target && isSafeUrl(target.url) ? undefined : node.children;
    }
    case "image":
      if (localPicturePath(node.url) !== null) {
        node.title = null; // a picture beside the seed: the site stage shows it (or its alt text)
        return undefined;
      }
    // falls through: any other image is a link to the picture, or its alt text
    case "imageReference": {
      const url = node.type === "image" ? node.url : (definitions.get(node.identifier)?.url ?? "");
      const text: PhrasingContent = { type: "text", value: node.alt ? `[Image: ${node.alt}]` : "[Image]" };
      return isSafeUrl(url) ? [{ type: "link", url, title: null, children: [text] }] : [text];
    }
    default:
      return undefined;
  }
}

function isPhrasingParent(parent: Parent): boolean {
  return ["heading", "emphasis", "strong", "delete", "link", "linkReference", "tableCell"].includes(parent.type);
}

const htmlCompiler = unified().use(remarkHtml); // sanitises by default: a second line of defence

/**
 * The body's HTML, from nodes already made safe. A `#` heading in the body becomes `##`, since
 * the title is the page's only `<h1>`.
 */
export function renderBody(nodes: RootContent[]): string {
  const root: Root = { type: "root", children: nodes };
  visit(root, "heading", (heading) => {
    if (heading.depth === 1) heading.depth = 2;
  });
  return String(htmlCompiler.stringify(root)).trim();
}

/** The images left in a safe body: pictures beside the seed, in the order the HTML shows them. */
export function bodyImages(nodes: RootContent[]): Array<{ path: string; line: number }> {
  const images: Array<{ path: string; line: number }> = [];
  visit({ type: "root", children: nodes } as Root, "image", (image) => {
    const path = localPicturePath(image.url);
    if (path !== null) images.push({ path, line: image.position?.start.line ?? 1 });
  });
  return images;
}
