import { createRequire } from "node:module";

/** The part of citeproc-js's XML-as-JSON reader that this changes (citeproc ships no types). */
interface XmlNode {
  name: string;
  attrs?: Record<string, string>;
  children: Array<XmlNode | string>;
}
interface XmlJson {
  dataObj: XmlNode;
  getNodesByName(node: XmlNode, name: string, nameAttribute?: string, found?: XmlNode[]): XmlNode[];
}

const citeproc = createRequire(import.meta.url)("citeproc") as { XmlJSON: { prototype: XmlJson } };

/** citeproc's own lookup: a walk of the whole style, for any node name. */
export const walkStyle = citeproc.XmlJSON.prototype.getNodesByName;

/**
 * citeproc-js finds a macro, each time a style calls one while it builds an engine, by walking
 * the whole style; the larger styles call hundreds, which made about a third of the seconds that
 * building APA's and Chicago's engines took (measured: docs/performance.md). A macro is a child of
 * `cs:style` (CSL 1.0.2, "Macro"), so its children are all this looks at; any other lookup is
 * citeproc's own. The results are the same nodes, in the same order (tests/parse/citeproc-macros.test.ts).
 */
export function findMacro(this: XmlJson, node: XmlNode, name: string, nameAttribute?: string, found?: XmlNode[]): XmlNode[] {
  if (name !== "macro" || !nameAttribute || found || node !== this.dataObj) return walkStyle.call(this, node, name, nameAttribute, found);
  return node.children.filter((child): child is XmlNode => typeof child === "object" && child.name === "macro" && child.attrs?.name === nameAttribute);
}

citeproc.XmlJSON.prototype.getNodesByName = findMacro;
