import { onStoredChange, readStored, writeStored, type WriteResult } from './local-storage.ts';

/**
 * Where the progress store reads and writes the learner's record. On the website that is localStorage. In a
 * SCORM package opened from an LMS, the course page runs in a frame of the launch page, which holds the LMS
 * session and offers this port on its window; the LMS is then the record (see scorm/client/lms-session.ts).
 */
export interface ProgressPort {
  read(): string | null | undefined;
  write(value: string): WriteResult;
  /** Calls back when someone else changes the record; returns a function that stops it. */
  onChange(callback: (value: string | null) => void): () => void;
}

/** The name under which a SCORM launch page offers its port to the course page in its frame. */
export const PORT_NAME = 'fieldlabProgressPort';

const localPort: ProgressPort = { read: () => readStored(), write: (value) => writeStored(value), onChange: onStoredChange };

const isPort = (value: unknown): value is ProgressPort =>
  typeof value === 'object' && value !== null && ['read', 'write', 'onChange'].every((k) => typeof (value as Record<string, unknown>)[k] === 'function');

/** The launch page's port when this page is in its frame, otherwise localStorage. */
export function findPort(): ProgressPort {
  try {
    const parent = globalThis.parent;
    const offered: unknown = parent && parent !== globalThis.window ? (parent as unknown as Record<string, unknown>)[PORT_NAME] : undefined;
    if (isPort(offered)) return offered;
  } catch {
    // A parent of another origin (the site framed by someone else's page) offers nothing.
  }
  return localPort;
}
