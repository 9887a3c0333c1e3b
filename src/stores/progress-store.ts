import { atom } from 'nanostores';
import type { Assignment } from '../schemas/assignment-schema.ts';
import type { ProgressRecord } from '../schemas/progress-schema.ts';
import { decodeProgress, emptyRecord, encodeProgress, type Decoded, type Notice } from '../lib/progress-codec.ts';
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

/** false: the stored value must be left as it is (a newer version's, or one that could not be set aside). */
let writable = true;
/** true: the last save failed (storage full), so memory holds changes that storage does not. */
let unsaved = false;
let started = false;
/** The unreadable value already set aside, so it is not copied again before our first save replaces it. */
let setAsideValue: string | undefined;
let port: ProgressPort;

function notice(n: Notice): void {
  if (!$notices.get().includes(n)) $notices.set([...$notices.get(), n]);
}

/**
 * Decides what to build on from what is stored now: a readable record is used; a newer version's or a huge
 * value is left alone (and nothing more is saved); an unreadable one is set aside first, and if that fails it
 * too is left alone.
 */
function adopt(stored: string | null, decoded: Decoded): boolean {
  decoded.notices.forEach(notice);
  if (!decoded.writable) {
    writable = false;
    return false;
  }
  if (decoded.setAside && stored !== null && stored !== setAsideValue) {
    if (setAside(stored) !== 'ok') {
      writable = false;
      $notices.set([...$notices.get().filter((n) => n !== 'unreadable'), 'unreadable-kept']);
      return false;
    }
    setAsideValue = stored;
  }
  return true;
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
  adopt(stored, decoded);
  $progress.set(decoded.record);
  port.onChange((value) => {
    const next = decodeProgress(value, () => $progress.get().seed);
    // Another tab's readable record replaces ours; anything else is judged when we next save.
    if (next.writable && !next.setAside) $progress.set(next.record);
  });
}

/** Applies a change to the freshest record and saves it. Never throws; a failed save keeps the change in memory. */
export function updateProgress(change: (record: ProgressRecord) => ProgressRecord): void {
  startProgress();
  let base = $progress.get();
  if (writable && !unsaved) {
    const stored = port.read();
    if (stored) {
      const fresh = decodeProgress(stored, () => base.seed);
      if (adopt(stored, fresh) && !fresh.setAside) base = fresh.record;
    }
  }
  const next = change(base);
  $progress.set(next);
  if (!writable) return;
  const result = port.write(encodeProgress(next));
  unsaved = result !== 'ok';
  if (result === 'full') notice('storage-full');
  if (result === 'unavailable') notice('storage-unavailable');
}

/** Keeps an assignment the learner accepted from a trainer's link. */
export function acceptAssignment(assignment: Assignment): void {
  updateProgress((record) => ({
    ...record,
    assignments: { ...record.assignments, [assignment.id]: { assignment, acceptedAt: Date.now() } },
  }));
}

export function removeAssignment(id: string): void {
  updateProgress((record) => {
    const { [id]: _, ...assignments } = record.assignments ?? {};
    return { ...record, assignments };
  });
}

/** Forgets one course's progress on this device. */
export function resetCourse(courseId: string): void {
  updateProgress((record) => {
    const { last, ...rest } = record;
    const { [courseId]: _, ...courses } = record.courses;
    return { ...rest, courses, ...(last && last.course !== courseId ? { last } : {}) };
  });
}

/** Forgets everything Fieldlab stored on this device, including a set-aside unreadable record. */
export function forgetEverything(): void {
  removeStored();
  writable = true;
  unsaved = false;
  $notices.set([]);
  $progress.set(emptyRecord(newSeed()));
}
