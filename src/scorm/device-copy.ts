import * as z from 'zod/mini';
import { hash } from '../lib/hash.ts';
import { decodeProgress, MAX_STORED_LENGTH } from '../lib/progress-codec.ts';
import { PROGRESS_VERSION, type CourseProgress, type ProgressRecord, type QuizProgressRecord } from '../schemas/progress-schema.ts';
import { toBase36 } from './base36.ts';
import { bookmarkToPlace } from './bookmark.ts';
import type { ScormCourse } from './course-definition.ts';
import type { Suspended } from './suspend-data.ts';

/**
 * In an LMS, the LMS is the record of progress. The device keeps a copy of its own, per course and learner, for
 * two things the LMS cannot hold: the learner's reflections (promised never to leave the device), and progress
 * the LMS has not confirmed yet (a lost connection must not lose it), with the interactions still to send.
 */
export const deviceCopyKey = (courseId: string) => `fieldlab:scorm:${courseId}`;

/** Tells learners sharing a browser apart without keeping their LMS ids on the device. */
export const learnerKey = (learnerId: string) => toBase36(hash(`learner:${learnerId}`));

/** Interactions not yet confirmed by the LMS: `base` is the index the first one takes in cmi.interactions. */
const pendingSchema = z.object({
  base: z.number().check(z.int(), z.minimum(0)),
  items: z.array(z.array(z.tuple([z.string(), z.string()]))),
});

const deviceCopySchema = z.object({
  version: z.literal(1),
  course: z.string(),
  learner: z.string().check(z.maxLength(16)),
  /** false while the LMS has not confirmed the latest progress. */
  confirmed: z.boolean(),
  /** The progress record, encoded as in localStorage, reflections included. */
  record: z.string().check(z.maxLength(MAX_STORED_LENGTH)),
  pending: pendingSchema,
});

export type Pending = z.infer<typeof pendingSchema>;
export type DeviceCopy = z.infer<typeof deviceCopySchema>;

/** The stored copy, or null when there is none or it cannot be trusted. Never throws. */
export function readDeviceCopy(raw: string | null | undefined): DeviceCopy | null {
  if (!raw) return null;
  try {
    const parsed = deviceCopySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Drops the interactions the LMS already has (it counts `count`), and numbers the rest from there. */
export function rebase(pending: Pending, count: number): Pending {
  return { base: count, items: pending.items.slice(Math.max(0, count - pending.base)) };
}

export interface StartingPoint {
  record: ProgressRecord;
  pending: Pending;
  /** true when the record comes from the device and the LMS has yet to receive it. */
  unsent: boolean;
}

/**
 * Where a launch starts. The device's copy wins only when it is this learner's and holds progress the LMS never
 * confirmed; otherwise the LMS's suspend_data and bookmark do, with this learner's reflections added back.
 */
export function startingPoint(input: {
  course: ScormCourse;
  learner: string;
  suspended: Suspended | null;
  bookmark: string;
  copy: DeviceCopy | null;
  interactionCount: number;
  now: number;
  newSeed: () => string;
}): StartingPoint {
  const { course, copy, suspended } = input;
  const id = course.outline.id;
  const mine = copy && copy.course === id && copy.learner === input.learner ? copy : null;
  const local = mine ? decodeProgress(mine.record, input.newSeed).record : null;
  if (mine && local && !mine.confirmed) {
    const { [id]: progress } = local.courses;
    return { record: { ...local, courses: progress ? { [id]: progress } : {} }, pending: rebase(mine.pending, input.interactionCount), unsent: true };
  }
  const progress = withReflections(course, suspended?.progress ?? { lessons: {}, quizzes: {} }, local?.courses[id]);
  const last = bookmarkToPlace(course, input.bookmark, suspended?.savedAt ?? input.now);
  return {
    record: { version: PROGRESS_VERSION, seed: suspended?.seed ?? local?.seed ?? input.newSeed(), courses: { [id]: progress }, ...(last ? { last } : {}) },
    pending: { base: input.interactionCount, items: [] },
    unsent: false,
  };
}

function withReflections(course: ScormCourse, base: CourseProgress, local: CourseProgress | undefined): CourseProgress {
  const quizzes = { ...base.quizzes };
  for (const quiz of course.quizzes) {
    const kept = local?.quizzes[quiz.id];
    const notes = quiz.questions.flatMap((q) => {
      const answer = kept?.answers[q.id];
      return q.type === 'reflection' && answer?.type === 'reflection' ? [[q.id, answer] as const] : [];
    });
    if (!kept || notes.length === 0) continue;
    const record: QuizProgressRecord = quizzes[quiz.id] ?? { state: 'unanswered', answers: {}, attempts: 0, lastPercent: null, bestPercent: null, results: {}, updatedAt: kept.updatedAt };
    quizzes[quiz.id] = { ...record, answers: { ...record.answers, ...Object.fromEntries(notes) } };
  }
  return { ...base, quizzes };
}
