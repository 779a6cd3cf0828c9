import { render } from 'preact';
import { Badge, badgeFace, badgeLook, type BadgeProps } from '@/components/Badge';
import { CONTAINED_EVENTS, ignorePageClicks, isUserEvent } from './contained-events';
import { shadowStyler } from './shadow-style';

/** The custom element name of the badge host: unlikely to clash with any page's own. */
export const BADGE_TAG = 'firebreak-badge';

// Sizes in px, never rem: inside a page, rem follows the page's root font size.
// The host is the page's element too: a page rule that matches it (`article * { font-size: 30px;
// white-space: nowrap }`) beats the shadow root's normal declarations, and what it sets would be
// inherited by the badge and its popover (in the top layer too: that changes the stacking, not the
// inheritance). The shadow root's !important ones beat the page's, even its !important ones.
const BADGE_CSS = `
:host { all: initial !important; display: inline-block !important; margin: 2px 0 4px !important;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif !important; }
.badge { display: inline-flex; align-items: center; gap: 4px; font: 600 11px/16px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  padding: 1px 7px 1px 5px; border-radius: 9px; border: 1px solid currentColor; background: #fff; cursor: pointer; }
.badge::before { content: ''; width: 7px; height: 7px; border-radius: 50%; background: currentColor; }
.badge.compact { padding: 3px; gap: 0; }
.badge.brand { box-shadow: 0 0 0 2px #f5c518; }
.badge .flag { font-weight: 800; }
.badge:focus-visible, .popover button:focus-visible, .popover select:focus-visible { outline: 2px solid #1d63ed; outline-offset: 2px; }
.negative { color: #b3261e; } .neutral { color: #5f6368; } .positive { color: #1a7f37; } .mixed { color: #8a5a00; }
/* Shown in the top layer where the Popover API is (components/Badge.tsx): inset and margin undo the
   UA's centring of [popover]; the badge sets top and left. */
.popover { position: fixed; z-index: 2147483647; inset: auto; margin: 0; width: min(360px, calc(100vw - 16px)); height: auto; box-sizing: border-box; padding: 12px 14px;
  max-height: calc(100vh - 16px); overflow: auto; overscroll-behavior: contain;
  background: #fff; color: #1b1f24; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.2); text-align: start;
  color-scheme: light dark; overflow-wrap: anywhere; }
.popover:focus { outline: none; }
.popover header { display: flex; align-items: baseline; gap: 8px; }
.popover .figures { color: #57606a; font-size: 12px; flex: 1; }
.popover .note { color: #57606a; font-size: 12px; }
.popover .close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: inherit; padding: 0 2px; }
.popover p { margin: 8px 0 0; }
.popover .signals { margin: 8px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px; }
.popover .signals li { font-size: 12px; padding: 1px 6px; border-radius: 6px; background: #fde7e9; color: #8c1d18; }
.popover .text { margin: 8px 0 0; padding: 6px 8px; border-left: 3px solid #d0d7de; max-height: 140px; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
mark.negative { background: #ffd7d5; } mark.positive { background: #ccf1d6; } mark.signal { background: #ffe9b3; } mark.brand { background: #dbe7ff; }
.popover .action { padding: 6px 8px; border-radius: 6px; background: #f6f8fa; }
.popover .action.escalate { background: #fde7e9; }
.popover .correct { display: block; margin-top: 8px; font-size: 12px; }
/* The correction's controls in Firebreak's own look (assets/page.css), not the browser's: the page's
   rules cannot reach them, and these reach nothing outside the shadow root. */
.popover select, .popover .save { font: inherit; line-height: 18px; margin: 0; padding: 3px 8px; box-sizing: border-box; height: 26px; vertical-align: middle;
  border: 1px solid #d0d7de; border-radius: 6px; background: #fff; color: #1b1f24; }
.popover .save { padding: 3px 10px; cursor: pointer; }
/* Takes no room until it has something to say (a live region: kept in place, never display: none). */
.popover .status { font-size: 12px; color: #1a7f37; }
.popover .status:empty { margin: 0; }
@media (prefers-color-scheme: dark) {
  .badge { background: #16181c; } .negative { color: #ff8a80; } .neutral { color: #aab2bb; } .positive { color: #56d364; } .mixed { color: #e3b341; }
  .popover { background: #16181c; color: #e6edf3; border-color: #3a4048; } .popover .figures, .popover .note { color: #9ba6b2; }
  .popover select, .popover .save { background: #16181c; color: #e6edf3; border-color: #3a4048; }
  .popover .action { background: #22262c; } .popover .action.escalate, .popover .signals li { background: #4a1c1a; color: #ffd7d5; }
  mark.negative { background: #5c2321; } mark.positive { background: #1c4428; } mark.signal { background: #4d3b0b; } mark.brand { background: #1f3661; }
  .popover .status { color: #56d364; }
}
`;

const styleInto = shadowStyler(BADGE_CSS);
const BADGE_NODE_NAME = BADGE_TAG.toUpperCase();

/**
 * Closed, a badge is a plain button (no framework work for each of a feed's posts), cloned from
 * one prepared per look: its class, label and flag follow from the same few facts, and its words
 * (from the locale file) are read once per look, not once per post.
 */
const faces = new Map<string, HTMLElement>();

function closedFace(doc: Document, props: BadgeProps): HTMLElement {
  const look = badgeLook(props);
  const key = `${look.className}|${look.flag}`;
  let prototype = faces.get(key);
  if (!prototype || prototype.ownerDocument !== doc) {
    const face = badgeFace(props);
    prototype = doc.createElement('span');
    const root = doc.createElement('span');
    root.className = 'root';
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = face.className;
    button.setAttribute('aria-label', face.ariaLabel);
    button.setAttribute('aria-expanded', 'false');
    button.title = face.title;
    button.textContent = face.text;
    if (face.flag) {
      const flag = doc.createElement('span');
      flag.className = 'flag';
      flag.setAttribute('aria-hidden', 'true');
      flag.textContent = '!';
      button.append(flag);
    }
    root.append(button);
    prototype.append(root);
    faces.set(key, prototype);
  }
  return prototype.cloneNode(true) as HTMLElement;
}

/**
 * A click on a badge is the badge's, never the page's (on X a click in a tweet opens the tweet).
 * Rather than listen on every badge of a feed, one capture listener per window arms a badge's
 * host the first time an event comes from it: a listener added before the event reaches the host
 * still runs for that event.
 */
const armed = new WeakSet<EventTarget>();
const watchers = new WeakMap<Window, AbortController>();

/** A badge in the page: where its content lives inside its shadow root, what it shows, and whether Preact draws it. */
interface MountedBadge {
  shadow: ShadowRoot;
  mount: HTMLElement;
  props: BadgeProps;
  /** Opened once: Preact draws it from then on (open or closed again). */
  drawn: boolean;
}
const badges = new WeakMap<Element, MountedBadge>();

function onHostEvent(event: Event): void {
  event.stopPropagation();
  // The page's script cannot open a badge (see isUserEvent); an open one guards its own controls.
  if (event.type !== 'click' || !isUserEvent(event)) return;
  const host = event.currentTarget as Element;
  const badge = badges.get(host);
  if (!badge || badge.drawn) return;
  // The first click on a closed badge hands it to Preact, open.
  badge.drawn = true;
  badge.mount.replaceChildren();
  // Open, the badge can save a correction: its controls hear the user's clicks only.
  ignorePageClicks(badge.shadow);
  draw(host, badge);
}

/** Draws a badge Preact owns with its latest props: the first time open, then in place (its state kept). */
function draw(host: Element, badge: MountedBadge): void {
  const { props } = badge;
  // The host's label follows a correction, as the badge's face does.
  const onCorrect: BadgeProps['onCorrect'] = async (label) => {
    const reread = await props.onCorrect(label);
    host.setAttribute('data-label', label);
    return reread;
  };
  render(<Badge {...props} onCorrect={onCorrect} initiallyOpen />, badge.mount);
}

/**
 * A post's badge drawn again (a new verdict: the posts judged again after a brand change, a text
 * expanded, a copy of a corrected text re-labelled) where the user is on it: opened (its popover,
 * maybe with the focus in it) or focused. A new host would close the popover and drop the focus to
 * the page's <body>: the same one is drawn again in place instead, Preact keeping the popover open
 * and every control the same element. Returns false when the old badge is no longer in the post, or
 * nobody is on it (then a new one replaces it, where the post's anchor now says).
 */
function redrawInPlace(host: Element, container: Element, props: BadgeProps): boolean {
  const badge = badges.get(host);
  if (!badge || !host.isConnected || !container.contains(host)) return false;
  if (badge.drawn) {
    badge.props = props;
    host.setAttribute('data-label', props.analysis.label);
    draw(host, badge);
    return true;
  }
  // Focus inside a shadow root shows, from its host's own tree, as the host.
  if ((host.getRootNode() as Document | ShadowRoot).activeElement !== host) return false;
  // Closed with the focus on it: the same button takes the new face's class, words and flag.
  const button = badge.mount.querySelector('button');
  const next = closedFace(host.ownerDocument, props).querySelector('button');
  if (!button || !next) return false;
  badge.props = props;
  host.setAttribute('data-label', props.analysis.label);
  for (const name of ['class', 'aria-label', 'title']) button.setAttribute(name, next.getAttribute(name) ?? '');
  button.replaceChildren(...Array.from(next.childNodes));
  return true;
}

function armFrom(event: Event): void {
  for (const node of event.composedPath()) {
    if ((node as Node).nodeName !== BADGE_NODE_NAME) continue;
    if (!armed.has(node)) {
      armed.add(node);
      for (const type of CONTAINED_EVENTS) node.addEventListener(type, onHostEvent);
    }
    return;
  }
}

function watch(view: Window | null): void {
  if (!view || watchers.has(view)) return;
  const controller = new AbortController();
  watchers.set(view, controller);
  for (const type of CONTAINED_EVENTS) view.addEventListener(type, armFrom, { capture: true, signal: controller.signal });
}

/**
 * Puts the badge before `anchor` (inside it, first, when it is slotted into a web component; at
 * the end of `container` without one), isolated from the page's CSS in a shadow root. Preact renders
 * text as text: page text is never markup.
 */
const mounted = new WeakMap<Element, HTMLElement>();

export function mountBadge(container: Element, anchor: Element | null, props: BadgeProps): HTMLElement {
  const previous = mounted.get(container);
  if (previous && redrawInPlace(previous, container, props)) return previous as HTMLElement;
  if (previous) unmount(previous);
  const doc = container.ownerDocument;
  watch(doc.defaultView);
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('data-label', props.analysis.label);
  const shadow = host.attachShadow({ mode: 'open' });
  styleInto(shadow);
  const mount = closedFace(doc, props);
  badges.set(host, { shadow, mount, props, drawn: false });
  shadow.append(mount);
  if (anchor?.parentNode && container.contains(anchor)) {
    // A light child of a web component is drawn only through the slot it names, and a sibling
    // naming none is not drawn at all (new Reddit): the badge goes inside it, first.
    if (isSlotted(anchor)) anchor.prepend(host);
    else anchor.parentNode.insertBefore(host, anchor);
  } else container.append(host);
  mounted.set(container, host);
  return host;
}

/**
 * Whether `element` is shown through a named slot of its parent's shadow root: it names a slot and
 * its parent is a shadow host, or a custom element (its shadow root may be closed, or not attached yet).
 */
function isSlotted(element: Element): boolean {
  const parent = element.parentElement;
  return element.hasAttribute('slot') && parent !== null && (parent.shadowRoot !== null || parent.localName.includes('-'));
}

function unmount(host: Element): void {
  const badge = badges.get(host);
  if (badge) render(null, badge.mount);
  badges.delete(host);
  host.remove();
}

/** Removes the badge `container` got, if it has one (the page re-used it for a post that gets none). */
export function unmountBadge(container: Element): void {
  const host = mounted.get(container);
  if (host) unmount(host);
  mounted.delete(container);
}

/** Removes Firebreak's badges under `root`, letting Preact clean up, and stops watching its window. */
export function unmountBadges(root: ParentNode): void {
  for (const host of Array.from(root.querySelectorAll(BADGE_TAG))) unmount(host);
  const view = ((root as Node).ownerDocument ?? (root as Document)).defaultView;
  if (view) {
    watchers.get(view)?.abort();
    watchers.delete(view);
  }
}
