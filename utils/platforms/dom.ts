// Small DOM readers shared by the adapters. They take what they read as parameters.

/** The first element matched by the first selector in the list that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matched by any selector in the list, in document order, without duplicates. */
export function queryAllOf(root: ParentNode, selectors: readonly string[]): Element[] {
  return Array.from(root.querySelectorAll(selectors.join(',')));
}

/** Visible text with runs of white space folded, or '' for a missing element. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Milliseconds since epoch from a `<time datetime>` value, or undefined. */
export function timeOf(element: Element | null | undefined): number | undefined {
  const value = element?.getAttribute('datetime');
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** An absolute URL for an href read from the page, or undefined when it is unusable. */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
