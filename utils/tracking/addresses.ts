// Addresses in a post's text: e-mail addresses and links. They are not words someone wrote about the
// brand, nor what a post is about (QA: "care@acme.example" in a support reply and "acme.example/recall"
// counted as "Mentions your brand", and "email careacmeexample" was listed under "What it is about").
//
// The rule, as brand matching applies it (tracking/brand.ts):
// - An e-mail address never names the brand: "care@acme.example" is where to write, mostly in the
//   brand's own support replies and signatures. A customer who wrote to it names the brand in words
//   too, or its account.
// - A link never names the brand, not even one to the brand's own site: "https://acme.example/recall",
//   "www.acme.example", "acme.example/recall", "x.com/acme/status/1" are addresses pasted, not words
//   written. A post about the brand says so around the link.
// - A bare domain, without "http", "www." or a path, is how people write the name of a web brand
//   ("Booking.com cancelled my room", "acme.com is down") and how they miss a space after a full stop
//   ("Acme.Worst kettle ever"): it is text, and counts.
//
// Fixed patterns (never built from user input), each tried only where the text could hold one.

/** An e-mail address: not right after a letter, digit, dot or "@" ("@acme@mastodon.social" is a handle). */
const EMAIL = /(?<![\p{L}\p{N}._%+@-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * A link: with a scheme, starting "www.", or a host with a path ("acme.example/recall"). The host is
 * not right after a letter, digit, dot, "@" or "/" (a path's own dots are the link's already).
 */
const LINK = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"“”]+|(?<![\p{L}\p{N}._@/-])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/[^\s<>"“”]*/giu;

/** The spans [start, end) of the e-mail addresses and links in `text`, in text order. */
export function addressSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (text.includes('@')) for (const match of text.matchAll(EMAIL)) spans.push([match.index, match.index + match[0].length]);
  if (text.includes('/') || /www\./i.test(text)) for (const match of text.matchAll(LINK)) spans.push([match.index, match.index + match[0].length]);
  return spans.sort(([a], [b]) => a - b);
}

/**
 * HTML-looking tags typed into a post ("<img src=x onerror=alert(1)>", "<b>decaf</b>"): markup shown as
 * text, whose tag and attribute names are no topic (QA: "img ×2" under "What it is about"). Only
 * elements' names, so "<3" and "a <big> problem" stay text.
 */
const TAG =
  /<\/?(?:a|abbr|audio|b|base|body|br|button|center|code|del|details|div|em|embed|font|form|frame|h[1-6]|head|html|i|iframe|img|input|link|li|marquee|math|meta|object|ol|option|p|pre|s|script|select|source|span|strong|style|sub|summary|sup|svg|table|td|textarea|th|tr|u|ul|video)(?:\s[^<>]*)?\/?>/gi;

/**
 * A post's text as its topics are read from it (the dashboard's "What it is about", an alert's
 * "about:", a post-mortem's key terms): without e-mail addresses and links (a break in their place: no
 * phrase runs across one) and without HTML-looking tags (what they wrap stays: "<b>decaf</b>" is "decaf").
 */
export function topicText(text: string): string {
  const unmarked = text.includes('<') ? text.replace(TAG, ' ') : text;
  const spans = addressSpans(unmarked);
  if (spans.length === 0) return unmarked;
  let kept = '';
  let from = 0;
  for (const [start, end] of spans) {
    if (start >= from) kept += `${unmarked.slice(from, start)} , `;
    from = Math.max(from, end);
  }
  return kept + unmarked.slice(from);
}
