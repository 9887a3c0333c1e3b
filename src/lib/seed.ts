/** A learner's random shuffle seed: 10 characters of 0-9 and a-z (see lib/seeded-shuffle.ts). */
export const newSeed = () => Math.random().toString(36).slice(2, 12).padEnd(10, '0');
