import * as z from 'zod/mini';
import { assignmentSchema } from './assignment-schema.ts';

/**
 * A learner's progress report: a file the learner chooses to export and give to a trainer. Self-reported by
 * design (nothing verifies it), versioned, and parsed as untrusted input by the trainer's page.
 */
export const REPORT_FORMAT = 'fieldlab-progress-report';
export const REPORT_VERSION = 1;
/** A real report is a few kilobytes; anything much larger is refused before it is read. */
export const MAX_REPORT_BYTES = 256 * 1024;

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(64));
const isoTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/));

export const reportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  /** Always true: said in the file as well as on every page that shows it. */
  selfReported: z.literal(true),
  /** A name or pseudonym the learner chose. */
  learner: z.string().check(z.minLength(1), z.maxLength(60)),
  exportedAt: isoTime,
  assignment: z.optional(assignmentSchema),
  course: z.object({ id, title: z.string().check(z.maxLength(200)), version: z.string().check(z.maxLength(20)) }),
  status: z.enum(['notAttempted', 'incomplete', 'completed', 'passed', 'failed']),
  lessons: z
    .array(
      z.object({
        slug: id,
        title: z.string().check(z.maxLength(200)),
        status: z.enum(['notStarted', 'inProgress', 'completed']),
        /** Best knowledge-check score of the lesson, if it has one and it was checked. */
        bestPercent: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
        attempts: z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
        lastActivity: z.nullable(isoTime),
      }),
    )
    .check(z.maxLength(100)),
  assessment: z.nullable(
    z.object({
      bestPercent: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
      attempts: z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
      maxAttempts: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
      passMark: z.number().check(z.minimum(0), z.maximum(100)),
    }),
  ),
});

export type Report = z.infer<typeof reportSchema>;
