import { useLayoutEffect, useState } from "react";

/** Where a kept element belongs right now: inside {@code parent}, before {@code before} (null: last). */
export type Place = { parent: Element; before: Element | null };

/**
 * An element of Kontor's that lives inside markup Keycloak's console renders (its navigation, a
 * page's tab list), which the admin-ui package offers no extension point for. The element is
 * created once; {@code locate} finds where it belongs, and it is put there again whenever the
 * console re-renders (a MutationObserver on the app), or left out while {@code locate} finds
 * nothing. React renders into it through a portal.
 */
export function useKeptElement(tag: string, setUp: (element: HTMLElement) => void, locate: (element: HTMLElement) => Place | null,
                               deps: unknown[]): HTMLElement | null {
  const [host, setHost] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const element = document.createElement(tag);
    setUp(element);
    const place = () => {
      const target = locate(element);
      if (!target) {
        if (element.parentElement) element.remove();
        return;
      }
      if (element.parentElement === target.parent && element.nextElementSibling === target.before) return;
      target.parent.insertBefore(element, target.before);
    };
    place();
    const observer = new MutationObserver(place);
    observer.observe(document.getElementById("app") ?? document.body, { childList: true, subtree: true });
    setHost(element);
    return () => {
      observer.disconnect();
      element.remove();
    };
  }, deps);
  return host;
}
