import { atom } from 'nanostores';
import * as z from 'zod/mini';
import { reportSchema, type Report } from '../schemas/report-schema.ts';
import { readStored, removeStored, TRAINER_KEY, writeStored } from './local-storage.ts';

/**
 * Progress reports the trainer has imported. They stay in this browser (one localStorage key) until the trainer
 * clears them; nothing is sent anywhere.
 */
export const $reports = atom<Report[]>([]);
/** Set when the browser could not keep the reports (storage full or disabled): they last until the page closes. */
export const $reportsNotSaved = atom(false);

const storedReports = z.array(reportSchema);

export function loadReports(): void {
  const raw = readStored(TRAINER_KEY);
  if (!raw) return;
  try {
    const parsed = storedReports.safeParse(JSON.parse(raw));
    if (parsed.success) $reports.set(parsed.data);
  } catch {
    // Unreadable saved reports are ignored; the trainer can import the files again.
  }
}

export function addReports(reports: readonly Report[]): void {
  const next = [...$reports.get(), ...reports];
  $reports.set(next);
  $reportsNotSaved.set(writeStored(JSON.stringify(next), TRAINER_KEY) !== 'ok');
}

export function clearReports(): void {
  removeStored([TRAINER_KEY]);
  $reports.set([]);
  $reportsNotSaved.set(false);
}
