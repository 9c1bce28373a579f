import type { AccountEnvironment, Feature } from "@keycloak/keycloak-account-ui";

import { environment, joinUrl } from "../environment";

/** An entry of resources/content.json: a page, or a group of pages. */
export type PageItem = {
  /** Key of the page component (see routes.tsx); defaults to `path`. */
  id?: string;
  /** Message key of the navigation label. */
  label: string;
  /** data-testid of the navigation link; defaults to `id`, then `path` (the stock convention). */
  testId?: string;
  /** Path below the console root, "" for the landing page. */
  path: string;
  isVisible?: keyof Feature;
};

export type GroupItem = {
  label: string;
  children: ContentItem[];
  isVisible?: keyof Feature;
};

export type ContentItem = PageItem | GroupItem;

export const isGroup = (item: ContentItem): item is GroupItem =>
  "children" in item;

export const isVisible = (
  item: ContentItem,
  features: AccountEnvironment["features"],
) => !item.isVisible || Boolean(features[item.isVisible]);

/** The visible pages, groups flattened. */
export const visiblePages = (
  items: ContentItem[],
  features: AccountEnvironment["features"],
): PageItem[] =>
  items
    .filter((item) => isVisible(item, features))
    .flatMap((item) => (isGroup(item) ? visiblePages(item.children, features) : [item]));

export async function fetchContent(signal?: AbortSignal): Promise<ContentItem[]> {
  const response = await fetch(joinUrl(environment.resourceUrl, "content.json"), {
    signal,
  });
  if (!response.ok) {
    throw new Error(`content.json: HTTP ${response.status}`);
  }
  return (await response.json()) as ContentItem[];
}
