import type { ArchivedArticle } from "../article.ts";
import type { ListItem } from "./pages.ts";

const listItems = new WeakMap<ArchivedArticle, Readonly<ListItem>>();

/**
 * What a list shows of an article: one frozen object an article, shared by every list that shows
 * it (an archive shows each article in a dozen or more lists: 320,000 items for 20,000 articles).
 */
export function toListItem(article: ArchivedArticle): Readonly<ListItem> {
  let item = listItems.get(article);
  if (!item) {
    const { title, path, date, source, author, summary } = article;
    item = Object.freeze({ title, path, date, outlet: source.name, author, summary });
    listItems.set(article, item);
  }
  return item;
}
