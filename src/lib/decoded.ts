import type { Params } from './messages.ts';

/**
 * What reading untrusted input (a link, a file) gives: the value, or a problem as a message key and its values,
 * so pure code says what is wrong and each page says it in its own language.
 */
export interface Problem<K extends string> {
  key: K;
  params?: Params;
}

export type Decoded<T, K extends string> = { ok: true; value: T } | { ok: false; problem: Problem<K> };
