/**
 * FNV-1a, 32 bits: a small, fast, stable hash of a text. Not for secrets: it seeds shuffles and fingerprints
 * course structures, where only the same input giving the same number matters.
 */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
