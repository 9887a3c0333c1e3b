import { assignmentSchema, type Assignment } from '../schemas/assignment-schema.ts';

export const DRAFT_PROBLEMS = ['assign.needLessons', 'assign.needGroup', 'assign.needDue', 'assign.checkFields'] as const;

export type DraftProblemKey = (typeof DRAFT_PROBLEMS)[number];

/**
 * What the trainer still has to do before the form can make a link, each as a message that completes "To make
 * the link, …"; none when the draft is a valid assignment.
 */
export function draftProblems(draft: Assignment): DraftProblemKey[] {
  const problems = [
    draft.lessons.length === 0 && 'assign.needLessons',
    draft.group.length === 0 && 'assign.needGroup',
    !/^\d{4}-\d{2}-\d{2}$/.test(draft.due) && 'assign.needDue',
  ].filter((p): p is DraftProblemKey => p !== false);
  if (problems.length === 0 && !assignmentSchema.safeParse(draft).success) return ['assign.checkFields'];
  return problems;
}
