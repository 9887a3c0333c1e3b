import { z } from 'zod';
import { objectError, text } from './fields.ts';
import { positionId } from './position-id.ts';

/**
 * Knowledge checks (in a lesson's frontmatter, `quizzes:`) and the final assessment (`assessment.yaml`).
 * Quiz, question, option and step ids are the keys learners' answers are stored under: keep them when
 * you edit wording or order. Every rule a schema alone cannot express is checked below with a message
 * that names the question.
 */

/** Ids that name built-in properties of every JavaScript object: stored progress must never be looked up by them. */
export const RESERVED_IDS = ['constructor'];

export const idField = (what: string, example: string) =>
  z
    .string({ error: `is missing. Give the ${what} a short, permanent id, for example: ${example}` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `must be a ${what} id of lowercase letters, digits and hyphens, for example: ${example}` })
    .max(64, { error: 'must be at most 64 characters' })
    .refine((id) => !RESERVED_IDS.includes(id), { error: `must not be one of: ${RESERVED_IDS.join(', ')} (reserved by browsers). Choose another id` });

/** A strict object whose unknown-field error lists the fields that exist. */
function strict<T extends z.ZodRawShape>(what: string, shape: T) {
  return z.strictObject(shape, { error: objectError(what, Object.keys(shape)) });
}

const feedback = text('feedback that explains why, in a trainer’s voice', '"Right: GHB has no antidote, so …"');

/** An answer option. Without an id, it is known by its position: a, b, c… */
const optionSchema = strict('an option', {
  id: idField('option', 'call-ambulance').optional(),
  text: text('the option text', '"Call an ambulance"'),
  correct: z.boolean({ error: 'must be true or false' }).default(false),
  feedback,
});

const base = {
  id: idField('question', 'ghb-no-antidote'),
  prompt: text('the question', '"What should you do first?"'),
  /** Shown after checking, under the per-option feedback. */
  explanation: text('a general explanation', '"…"').optional(),
};

const single = strict('a question', { ...base, type: z.literal('single'), options: z.array(optionSchema).min(2, { error: 'needs at least 2 options' }) });
const multiple = strict('a question', { ...base, type: z.literal('multiple'), options: z.array(optionSchema).min(2, { error: 'needs at least 2 options' }) });
const trueFalse = strict('a question', {
  ...base,
  type: z.literal('true-false'),
  correct: z.boolean({ error: 'must be true or false: the right answer to the statement' }),
  /** Feedback for a learner who answers "true", and for one who answers "false". */
  feedbackTrue: feedback,
  feedbackFalse: feedback,
});
const matching = strict('a question', {
  ...base,
  type: z.literal('matching'),
  pairs: z
    .array(
      strict('a pair', {
        id: idField('pair', 'naloxone').optional(),
        item: text('the item to match', '"Naloxone"'),
        match: text('what it matches', '"Reverses an opioid overdose"'),
      }),
      { error: 'must be a list of pairs, each with item and match' },
    )
    .min(2, { error: 'needs at least 2 pairs' }),
  /** Wrong matches offered as well, to make guessing harder. */
  distractors: z.array(text('a wrong match', '"Reverses a GHB overdose"')).default([]),
});
const ordering = strict('a question', {
  ...base,
  type: z.literal('ordering'),
  /** The steps in the right order; learners see them shuffled. */
  steps: z
    .array(strict('a step', { id: idField('step', 'check-breathing').optional(), text: text('the step', '"Check breathing"') }))
    .min(2, { error: 'needs at least 2 steps' }),
});
const scenario = strict('a question', {
  ...base,
  type: z.literal('scenario'),
  /** Story steps; the first is where the story starts. */
  steps: z
    .array(
      strict('a scenario step', {
        id: idField('scenario step', 'at-the-door'),
        text: text('what happens at this step', '"He is breathing but does not wake up."'),
        choices: z
          .array(
            strict('a choice', {
              id: idField('choice', 'call-ambulance').optional(),
              text: text('the choice', '"Call an ambulance"'),
              /** The id of the next step or of an ending. */
              next: idField('step or ending', 'ambulance-called'),
            }),
          )
          .min(1, { error: 'needs at least 1 choice' }),
      }),
    )
    .min(1, { error: 'needs at least 1 step' }),
  endings: z
    .array(
      strict('an ending', {
        id: idField('ending', 'safe-outcome'),
        text: text('what happened and why, as feedback', '"You kept him safe: …"'),
        /** A best ending scores the scenario as right. */
        best: z.boolean({ error: 'must be true or false' }).default(false),
      }),
    )
    .min(1, { error: 'needs at least 1 ending' }),
});
const reflection = strict('a question', {
  ...base,
  type: z.literal('reflection'),
  /** A hint under the text box. Reflections are never scored and never leave the device. */
  guidance: text('a hint for what to write', '"Think of a time when …"').optional(),
});

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'matching', 'ordering', 'scenario', 'reflection'] as const;

const anyQuestion = z.discriminatedUnion('type', [single, multiple, trueFalse, matching, ordering, scenario, reflection], {
  error: `needs a type, one of: ${QUESTION_TYPES.join(', ')}`,
});

/** A question; every problem inside it is reported with the question's id, so the author finds it at once. */
export const questionSchema = z.unknown().transform((value, ctx) => {
  const result = anyQuestion.safeParse(value);
  if (result.success) return result.data;
  const id = typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : undefined;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: id ? `question "${id}": ${issue.message}` : issue.message });
  }
  return z.NEVER;
});

const quizShape = {
  id: idField('quiz', 'check-ghb'),
  title: text('the quiz title', '"Check your understanding"'),
  /** How many times the learner may check; leave out for unlimited (knowledge checks). */
  attempts: z.number({ error: 'must be a whole number of attempts, for example: 3' }).int().min(1, { error: 'must be at least 1' }).optional(),
  /** Shuffle options (and ordering steps, always) in an order that stays the same for each learner. */
  shuffle: z.boolean({ error: 'must be true or false' }).default(true),
  questions: z.array(questionSchema, { error: 'must be a list of questions' }).min(1, { error: 'needs at least 1 question' }),
};

export const quizSchema = z.strictObject(quizShape, { error: objectError('a quiz', Object.keys(quizShape)) }).superRefine(checkQuiz);

/** The final assessment: like a quiz, but the number of attempts is required. */
export const assessmentSchema = z
  .strictObject(
    { ...quizShape, attempts: z.number({ error: 'is missing. Set how many attempts a learner gets, for example: 3' }).int().min(1, { error: 'must be at least 1' }) },
    { error: objectError('an assessment file', Object.keys(quizShape)) },
  )
  .superRefine(checkQuiz);

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Quiz = z.infer<typeof quizSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;


function checkQuiz(quiz: { questions: Question[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  quiz.questions.forEach((q, i) => {
    const problem = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['questions', i, ...path], message: `question "${q.id}": ${message}` });
    if (seen.has(q.id)) problem(['id'], `the id "${q.id}" is used twice in this quiz. Give each question its own id`);
    seen.add(q.id);
    switch (q.type) {
      case 'single': {
        const n = q.options.filter((o) => o.correct).length;
        if (n !== 1)
          problem(['options'], `a single-choice question needs exactly 1 correct option, but has ${n}. Mark one option "correct: true", or use type: multiple`);
        uniqueIds(q.options, 'option', problem);
        break;
      }
      case 'multiple':
        if (!q.options.some((o) => o.correct)) problem(['options'], 'a multiple-response question needs at least 1 correct option. Mark them "correct: true"');
        uniqueIds(q.options, 'option', problem);
        break;
      case 'matching': {
        const matches = [...q.pairs.map((p) => p.match), ...q.distractors];
        const twice = matches.find((m, j) => matches.indexOf(m) !== j);
        if (twice) problem(['pairs'], `the match "${twice}" appears twice, so the pairs are ambiguous. Make each match unique`);
        const items = q.pairs.map((p) => p.item);
        const itemTwice = items.find((m, j) => items.indexOf(m) !== j);
        if (itemTwice) problem(['pairs'], `the item "${itemTwice}" appears twice. Make each item unique`);
        uniqueIds(q.pairs, 'pair', problem);
        break;
      }
      case 'ordering':
        uniqueIds(q.steps, 'step', problem);
        break;
      case 'scenario':
        checkScenario(q, problem);
        break;
    }
  });
}

function uniqueIds(list: { id?: string | undefined }[], what: string, problem: (path: (string | number)[], message: string) => void): void {
  const ids = list.map((item, i) => item.id ?? positionId(i));
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) problem([], `the ${what} id "${twice}" is used twice. Give each ${what} its own id`);
}

function checkScenario(
  q: Extract<Question, { type: 'scenario' }>,
  problem: (path: (string | number)[], message: string) => void,
): void {
  const steps = new Map(q.steps.map((s) => [s.id, s]));
  const endings = new Set(q.endings.map((e) => e.id));
  for (const id of steps.keys()) if (endings.has(id)) problem(['endings'], `"${id}" is both a step and an ending. Rename one`);
  if (steps.size !== q.steps.length) problem(['steps'], 'two steps share an id. Give each step its own id');
  if (endings.size !== q.endings.length) problem(['endings'], 'two endings share an id. Give each ending its own id');
  if (!q.endings.some((e) => e.best)) problem(['endings'], 'needs at least 1 ending with "best: true"');
  q.steps.forEach((step, si) => uniqueIds(step.choices, `choice in step "${step.id}"`, (path, message) => problem(['steps', si, 'choices', ...path], message)));
  q.steps.forEach((step, si) =>
    step.choices.forEach((choice, ci) => {
      if (!steps.has(choice.next) && !endings.has(choice.next)) {
        problem(
          ['steps', si, 'choices', ci, 'next'],
          `step "${step.id}" has a choice that leads to "${choice.next}", which is neither a step nor an ending. Known: ${[...steps.keys(), ...endings].join(', ')}`,
        );
      }
    }),
  );
  // Every step must be reachable from the start, and every step must lead to some ending.
  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id) || !steps.has(id)) return;
    reached.add(id);
    for (const c of steps.get(id)!.choices) visit(c.next);
  };
  visit(q.steps[0]!.id);
  for (const id of steps.keys()) if (!reached.has(id)) problem(['steps'], `step "${id}" cannot be reached from the first step. Lead a choice to it, or remove it`);
  const ends = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of q.steps) {
      if (!ends.has(s.id) && s.choices.some((c) => endings.has(c.next) || ends.has(c.next))) {
        ends.add(s.id);
        grew = true;
      }
    }
  }
  for (const id of steps.keys()) if (!ends.has(id)) problem(['steps'], `from step "${id}" no path leads to an ending. Lead at least one choice towards an ending`);
}
