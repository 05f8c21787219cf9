import type { Paragraph, PhrasingContent } from "mdast";
import { foldWhitespace } from "./plain-text.ts";
import { localPicturePath } from "./picture-path.ts";
import { isSafeUrl } from "./safe-body.ts";

/** A seed's lead picture: its address (null when it cannot be archived) and alt text. */
export interface LeadPicture {
  url: string | null;
  alt: string;
}

/**
 * The picture of a paragraph that holds nothing but one image (`![alt](photo.jpg)`); null for any
 * other paragraph. (A linked image stays in the body, so that its link is kept.)
 */
export function leadPicture(node: Paragraph): LeadPicture | null {
  const children = node.children.filter((child) => !isBlank(child));
  const only = children.length === 1 ? children[0]! : null;
  return only?.type === "image" ? { url: archivableImageUrl(only.url), alt: foldWhitespace(only.alt ?? "") } : null;
}

/** Whether a paragraph holds nothing but one image (the body's pictures are not its summary). */
export function isPictureParagraph(node: Paragraph): boolean {
  return leadPicture(node) !== null;
}

/**
 * An http(s) address, or a relative path that stays beside or below the seed (`photo.jpg`,
 * `images/photo.jpg`): the loader looks for that file. Anything else (`javascript:`, `data:`,
 * `/abs`, `../up`) cannot be archived.
 */
export function archivableImageUrl(url: string): string | null {
  if (/^https?:/i.test(url)) return isSafeUrl(url) ? url : null;
  return localPicturePath(url);
}

function isBlank(node: PhrasingContent): boolean {
  return (node.type === "text" && node.value.trim() === "") || node.type === "break";
}
