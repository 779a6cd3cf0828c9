import { expect, test } from 'vitest';
import { instancePattern, parseInstanceHost } from '@/utils/platforms/instances';

test.each([
  ['social.example.org', 'social.example.org'],
  ['  Social.Example.ORG ', 'social.example.org'],
  ['https://social.example.org/home', 'social.example.org'],
  ['http://social.example.org', 'social.example.org'],
  ['@me@social.example.org', 'social.example.org'],
  ['me@social.example.org', 'social.example.org'],
  ['xn--80ak6aa92e.com', 'xn--80ak6aa92e.com'],
])('%j → %s', (input, host) => {
  expect(parseInstanceHost(input)).toEqual({ ok: true, host });
});

test.each([
  ['', 'Type the address'],
  ['   ', 'Type the address'],
  ['localhost', 'not a public host name'],
  ['192.168.1.10', 'not a public host name'],
  ['not a host', 'not a'],
  ['mastodon.social', 'already read by Firebreak'],
  ['https://', 'not a web address'],
])('%j is refused: %s', (input, message) => {
  const result = parseInstanceHost(input);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toContain(message);
});

test('the pattern asks for one instance over https only', () => {
  expect(instancePattern('social.example.org')).toBe('https://social.example.org/*');
});
