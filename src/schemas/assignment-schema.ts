import * as z from 'zod/mini';

/**
 * An assignment a trainer gives by link or QR code. It travels in the URL fragment (never sent to any server),
 * so it is untrusted input: validated here, and shown only as text.
 */
export const ASSIGNMENT_VERSION = 1 as const;

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(64));
/** Plain text the trainer writes: no line limit worth enforcing beyond length. */
const text = (max: number) => z.string().check(z.maxLength(max));

export const assignmentSchema = z.object({
  v: z.literal(ASSIGNMENT_VERSION),
  /** Random, so the learner can hold several assignments for the same course. */
  id: z.string().check(z.regex(/^[a-z0-9]{6,16}$/)),
  course: id,
  /** Lesson slugs, in course order; all lessons of the course when the trainer assigned the whole course. */
  lessons: z.array(id).check(z.minLength(1), z.maxLength(50)),
  group: text(80).check(z.minLength(1)),
  /** Due date, YYYY-MM-DD. */
  due: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  message: text(500),
});

export type Assignment = z.infer<typeof assignmentSchema>;

export const acceptedAssignmentSchema = z.object({
  assignment: assignmentSchema,
  acceptedAt: z.number().check(z.int(), z.minimum(0)),
});

export type AcceptedAssignment = z.infer<typeof acceptedAssignmentSchema>;
