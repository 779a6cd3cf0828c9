// FNV-1a, on its own so that what hashes a key (the dashboard's sample draws) need not load the vocabulary.
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text`, unsigned: the vocabulary's slots and the model's hashed words. */
export function fnv1a(text: string): number {
  return fnv1aFrom(FNV_OFFSET, text) >>> 0;
}

/**
 * FNV-1a carried on over `text` from `hash` (signed; `>>> 0` gives fnv1a's value): fnv1a(a + b) is
 * fnv1aFrom(fnv1aFrom(FNV_OFFSET, a), b) >>> 0, with no string built.
 */
export function fnv1aFrom(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}
