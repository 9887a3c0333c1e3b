import { atom } from 'nanostores';
import type { ProgressRecord } from '../schemas/progress-schema.ts';
import { decodeProgress, emptyRecord, encodeProgress, type Notice } from '../lib/progress-codec.ts';
import { newSeed } from '../lib/seed.ts';
import { removeStored, setAside } from './local-storage.ts';
import { findPort, type ProgressPort } from './progress-port.ts';

/**
 * The learner's progress, shared by every island and script on the page. Every change is a pure function of
 * the record, applied to the freshest stored copy (read, change, write), so two open tabs never overwrite each
 * other's answers; other tabs' changes arrive through storage events. The record lives where the port says:
 * localStorage, or the LMS session of a SCORM launch page (stores/progress-port.ts).
 */
export const $progress = atom<ProgressRecord>(emptyRecord(''));
/** What the learner should be told, quietly, about their stored progress. */
export const $notices = atom<Notice[]>([]);

let writable = true;
let started = false;
let port: ProgressPort;

function notice(n: Notice): void {
  if (!$notices.get().includes(n)) $notices.set([...$notices.get(), n]);
}

/** Reads the stored record; safe to call more than once. */
export function startProgress(): void {
  if (started) return;
  started = true;
  port = findPort();
  const stored = port.read();
  if (stored === undefined) {
    writable = false;
    notice('storage-unavailable');
    $progress.set(emptyRecord(newSeed()));
    return;
  }
  const decoded = decodeProgress(stored, newSeed);
  decoded.notices.forEach(notice);
  writable = decoded.writable;
  if (decoded.setAside && stored !== null && setAside(stored) !== 'ok') writable = false;
  $progress.set(decoded.record);
  port.onChange((value) => {
    const next = decodeProgress(value, () => $progress.get().seed);
    if (next.writable) $progress.set(next.record);
  });
}

/** Applies a change to the freshest record and saves it. Never throws; a failed save keeps the change in memory. */
export function updateProgress(change: (record: ProgressRecord) => ProgressRecord): void {
  startProgress();
  let base = $progress.get();
  if (writable) {
    const stored = port.read();
    if (stored) {
      const fresh = decodeProgress(stored, () => base.seed);
      if (fresh.writable) base = fresh.record;
    }
  }
  const next = change(base);
  $progress.set(next);
  if (!writable) return;
  const result = port.write(encodeProgress(next));
  if (result === 'full') notice('storage-full');
  if (result === 'unavailable') notice('storage-unavailable');
}

/** Forgets one course's progress on this device. */
export function resetCourse(courseId: string): void {
  updateProgress((record) => {
    const { [courseId]: _, ...courses } = record.courses;
    const last = record.last?.course === courseId ? undefined : record.last;
    return { version: record.version, seed: record.seed, courses, ...(last ? { last } : {}) };
  });
}

/** Forgets everything Fieldlab stored on this device, including a set-aside unreadable record. */
export function forgetEverything(): void {
  removeStored();
  writable = true;
  $notices.set([]);
  $progress.set(emptyRecord(newSeed()));
}
