// The adapter the content-script tests share: posts are `<div class="post" data-id="…" data-author="…">`,
// their text the element's (or, with `textOf`, a part of it), reply boxes `.reply`.
import type { PlatformAdapter } from '@/utils/platforms/types';

export function testAdapter(options: { textOf?: (post: Element) => string; overrides?: Partial<PlatformAdapter> } = {}): PlatformAdapter {
  const textOf = options.textOf ?? ((post: Element) => post.textContent ?? '');
  return {
    id: 'x',
    name: 'Test',
    matches: [],
    findPosts: (root) => Array.from(root.querySelectorAll('.post')),
    badgeAnchor: () => null,
    findReplyBoxes: (root) => Array.from(root.querySelectorAll('.reply')),
    extract: (element) => {
      const id = element.getAttribute('data-id');
      return id ? { platform: 'x', id, kind: 'post', text: textOf(element), author: element.getAttribute('data-author') ?? undefined } : null;
    },
    ...options.overrides,
  };
}

/** A post as testAdapter reads it, appended to the document. */
export function addPost(id: string, text: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'post';
  element.setAttribute('data-id', id);
  element.textContent = text;
  document.body.append(element);
  return element;
}
