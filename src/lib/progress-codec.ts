import * as z from 'zod/mini';
import {
  lessonProgressSchema,
  placeSchema,
  PROGRESS_VERSION,
  quizProgressSchema,
  type CourseProgress,
  type ProgressRecord,
} from '../schemas/progress-schema.ts';
import { acceptedAssignmentSchema } from '../schemas/assignment-schema.ts';
import { MIGRATIONS } from './progress-migrations.ts';

/**
 * Turns whatever is stored into a usable progress record, and never throws. Every part (a course, a lesson,
 * a quiz) is validated on its own: a damaged part is dropped and the rest kept, with a notice for the learner.
 */

/** Far larger than any real record (all six courses answered in full are a few tens of kilobytes). */
export const MAX_STORED_LENGTH = 1_000_000;

export type Notice =
  /** The stored value is not readable JSON; it was set aside, and progress starts afresh. */
  | 'unreadable'
  /** Some parts were damaged and left out; the rest is kept. */
  | 'partly-invalid'
  /** Saved by a newer Fieldlab: left untouched; this page works without saving. */
  | 'future-version'
  /** Too large to be a real record: left untouched; this page works without saving. */
  | 'too-large'
  /** The browser refused to save (storage full). */
  | 'storage-full'
  /** The browser does not allow this site to store anything (private mode, settings, file://). */
  | 'storage-unavailable'
  /** The stored value is unreadable and could not be set aside: left untouched; this page works without saving. */
  | 'unreadable-kept';

export interface Decoded {
  record: ProgressRecord;
  notices: Notice[];
  /** false: the stored value must be left as it is (a newer version's, or too large to judge). */
  writable: boolean;
  /** true: the stored value could not be read at all and should be set aside before anything is written. */
  setAside: boolean;
}

export const emptyRecord = (seed: string): ProgressRecord => ({ version: PROGRESS_VERSION, seed, courses: {} });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9-]{1,64}$/;

export function decodeProgress(raw: string | null, newSeed: () => string): Decoded {
  const fresh = (notices: Notice[], writable: boolean, setAside = false): Decoded => ({ record: emptyRecord(newSeed()), notices, writable, setAside });
  if (raw === null) return fresh([], true);
  if (raw.length > MAX_STORED_LENGTH) return fresh(['too-large'], false);

  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return fresh(['unreadable'], true, true);
  }
  if (!isObject(data) || typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return fresh(['unreadable'], true, true);
  }
  if (data.version > PROGRESS_VERSION) return fresh(['future-version'], false);

  for (let v = data.version; v < PROGRESS_VERSION; v++) data = MIGRATIONS[v]!(data as Record<string, unknown>);
  return salvage(data as Record<string, unknown>, newSeed);
}

/** Keeps every valid part of a current-version record. */
function salvage(data: Record<string, unknown>, newSeed: () => string): Decoded {
  let dropped = false;
  const keep = <T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
    const result = schema.safeParse(value);
    if (!result.success) dropped = true;
    return result.success ? result.data : undefined;
  };

  // A record without a seed (as version 1 wrote them) simply gets one; only a damaged seed counts as damage.
  const seed =
    typeof data.seed === 'string' && data.seed.length > 0 && data.seed.length <= 32 ? data.seed : ((dropped ||= data.seed !== undefined), newSeed());
  const last = data.last === undefined ? undefined : keep(placeSchema, data.last);
  const courses: Record<string, CourseProgress> = {};
  if (!isObject(data.courses)) dropped = data.courses !== undefined || dropped;
  else {
    for (const [courseId, course] of Object.entries(data.courses)) {
      if (!ID.test(courseId) || !isObject(course)) {
        dropped = true;
        continue;
      }
      courses[courseId] = { lessons: keepEach(course.lessons, lessonProgressSchema), quizzes: keepEach(course.quizzes, quizProgressSchema) };
    }
  }
  const assignments = keepEach(data.assignments, acceptedAssignmentSchema);
  const record = {
    version: PROGRESS_VERSION,
    seed,
    courses,
    ...(last ? { last } : {}),
    ...(Object.keys(assignments).length > 0 ? { assignments } : {}),
  } as ProgressRecord;
  return { record, notices: dropped ? ['partly-invalid'] : [], writable: true, setAside: false };

  function keepEach<T>(value: unknown, schema: z.ZodMiniType<T>): Record<string, T> {
    const out: Record<string, T> = {};
    if (value === undefined) return out;
    if (!isObject(value)) {
      dropped = true;
      return out;
    }
    for (const [key, item] of Object.entries(value)) {
      if (!ID.test(key)) {
        dropped = true;
        continue;
      }
      const kept = keep(schema, item);
      if (kept !== undefined) out[key] = kept;
    }
    return out;
  }
}

export const encodeProgress = (record: ProgressRecord): string => JSON.stringify(record);

