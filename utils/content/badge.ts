import type { Analysis, SentimentLabel } from '../analysis';

/** The custom element name of the badge host: unlikely to clash with any page's own. */
export const BADGE_TAG = 'firebreak-badge';

const LABEL_TEXT: Record<SentimentLabel, string> = {
  negative: 'Negative',
  neutral: 'Neutral',
  positive: 'Positive',
  mixed: 'Mixed',
};

// Sizes in px, never rem: inside a page, rem follows the page's root font size.
const BADGE_CSS = `
:host { all: initial; display: inline-block; margin: 2px 0 4px; }
.badge { display: inline-flex; align-items: center; gap: 4px; font: 600 11px/16px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  padding: 1px 7px 1px 5px; border-radius: 9px; border: 1px solid currentColor; background: #fff; }
.badge::before { content: ''; width: 7px; height: 7px; border-radius: 50%; background: currentColor; }
.negative { color: #b3261e; } .neutral { color: #5f6368; } .positive { color: #1a7f37; } .mixed { color: #8a5a00; }
@media (prefers-color-scheme: dark) { .badge { background: #16181c; } .negative { color: #ff8a80; } .neutral { color: #aab2bb; } .positive { color: #56d364; } .mixed { color: #e3b341; } }
`;

let sharedSheet: CSSStyleSheet | null | undefined;

/** One constructed stylesheet for every badge on the page; null where the browser cannot share one. */
function badgeSheet(): CSSStyleSheet | null {
  if (sharedSheet !== undefined) return sharedSheet;
  try {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(BADGE_CSS);
  } catch {
    sharedSheet = null;
  }
  return sharedSheet;
}

function styleInto(shadow: ShadowRoot): void {
  const sheet = badgeSheet();
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Firefox content scripts cannot adopt a sheet made in their own realm: fall through.
    }
  }
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  shadow.append(style);
}

/**
 * Puts a small sentiment badge before `anchor` (or at the end of `container`), isolated from the
 * page's CSS in a shadow root. Built from nodes and text only: page text is never markup.
 */
export function mountBadge(container: Element, anchor: Element | null, analysis: Analysis): HTMLElement {
  const existing = container.querySelector(`:scope ${BADGE_TAG}`);
  existing?.remove();
  const host = document.createElement(BADGE_TAG);
  host.setAttribute('data-label', analysis.label);
  const shadow = host.attachShadow({ mode: 'open' });
  styleInto(shadow);
  const badge = document.createElement('span');
  badge.className = `badge ${analysis.label}`;
  badge.setAttribute('role', 'img');
  badge.setAttribute('aria-label', `Firebreak: ${LABEL_TEXT[analysis.label].toLowerCase()} sentiment`);
  badge.textContent = LABEL_TEXT[analysis.label];
  shadow.append(badge);
  if (anchor?.parentNode && container.contains(anchor)) anchor.parentNode.insertBefore(host, anchor);
  else container.append(host);
  return host;
}
