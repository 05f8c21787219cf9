import { parse, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

/** Parses a page as a browser would (parse5 follows the WHATWG HTML standard). */
export function parsePage(html: string): Element[] {
  return descendants(parse(html));
}

/** Every element under a node, in document order. */
export function descendants(root: Node): Element[] {
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ("tagName" in node && node !== root) elements.push(node);
    const children = "content" in node && node.content ? [...node.content.childNodes] : [];
    if ("childNodes" in node) children.push(...node.childNodes);
    children.forEach(walk);
  };
  walk(root);
  return elements;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function textOf(element: Element): string {
  let text = "";
  const walk = (node: Node) => {
    if (node.nodeName === "#text" && "value" in node) text += node.value;
    if ("childNodes" in node) node.childNodes.forEach(walk);
  };
  walk(element);
  return text.replace(/\s+/g, " ").trim();
}

export function byTag(elements: Element[], tag: string): Element[] {
  return elements.filter((e) => e.tagName === tag);
}

export function byClass(elements: Element[], className: string): Element[] {
  return elements.filter((e) => (attr(e, "class") ?? "").split(/\s+/).includes(className));
}
