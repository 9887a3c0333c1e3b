/**
 * The only module that touches localStorage. Every call is guarded: storage can be missing (file:// in some
 * browsers, privacy settings), full, or throw on access, and none of that may break a page.
 */
export const PROGRESS_KEY = 'fieldlab:progress';
/** Where an unreadable record is set aside rather than deleted, so nothing is ever silently destroyed. */
export const SET_ASIDE_KEY = 'fieldlab:progress:unreadable';

export type WriteResult = 'ok' | 'full' | 'unavailable';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored progress text (or another Fieldlab key's); null when there is none; undefined when storage cannot be used at all. */
export function readStored(key = PROGRESS_KEY): string | null | undefined {
  try {
    const s = storage();
    return s ? s.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(value: string, key = PROGRESS_KEY): WriteResult {
  const s = storage();
  if (!s) return 'unavailable';
  try {
    s.setItem(key, value);
    return 'ok';
  } catch (error) {
    return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED') ? 'full' : 'unavailable';
  }
}

/** Moves an unreadable value aside before a fresh record is written over it. */
export function setAside(value: string): WriteResult {
  return writeStored(value, SET_ASIDE_KEY);
}

/** Removes Fieldlab's keys, and nothing else on this origin. */
export function removeStored(): void {
  try {
    const s = storage();
    s?.removeItem(PROGRESS_KEY);
    s?.removeItem(SET_ASIDE_KEY);
  } catch {
    // Storage that cannot be read holds nothing to remove.
  }
}

/** Calls back when another tab changes the stored progress. */
export function onStoredChange(callback: (value: string | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) callback(event.key === null ? null : event.newValue);
  };
  globalThis.addEventListener?.('storage', listener);
  return () => globalThis.removeEventListener?.('storage', listener);
}
