import { hash } from './hash.ts';

/**
 * A shuffle that is random between learners but the same for one learner every time: seeded with the
 * learner's own random seed (stored with their progress) and the id of what is shuffled.
 */
/** mulberry32: small, fast, good enough to order a handful of options (and to write the bench's synthetic courses). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(items: readonly T[], seed: string, key: string): T[] {
  const next = random(hash(`${seed}:${key}`));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** For ordering questions: a seeded shuffle that is never already in the right order. */
export function seededDerangement<T>(items: readonly T[], seed: string, key: string): T[] {
  if (items.length < 2) return [...items];
  const out = seededShuffle(items, seed, key);
  return out.every((item, i) => item === items[i]) ? [...out.slice(1), out[0]!] : out;
}
