import type { Answer } from '../../src/lib/answers.ts';
import { questionSchema, type Question } from '../../src/schemas/quiz-schema.ts';

/**
 * One question of every type, written as an author would in YAML and parsed by the real schema, so defaults
 * (`correct: false`, `distractors: []`, `best: false`) are filled in exactly as at build time.
 * Shared by the scoring and quiz-machine tests; not a test file itself.
 */

const feedback = 'Because …';

/** Parses one question as the build does; throws (failing the test) if the fixture itself is invalid. */
export const parseQuestion = (raw: Record<string, unknown>): Question => questionSchema.parse(raw);

type Of<T extends Question['type']> = Extract<Question, { type: T }>;
const as = <T extends Question['type']>(type: T, raw: Record<string, unknown>) => parseQuestion({ ...raw, type }) as Of<T>;

/** Options with author ids; exactly one right. */
export const single = as('single', {
  id: 'first-action',
  prompt: 'He does not wake up. What do you do first?',
  options: [
    { id: 'recovery-position', text: 'Recovery position', correct: true, feedback },
    { id: 'cold-shower', text: 'Cold shower', feedback },
    { id: 'coffee', text: 'Give him coffee', feedback },
  ],
});

/** Options without ids: known as a, b, c. Right: a and c. */
export const multiple = as('multiple', {
  id: 'ghb-signs',
  prompt: 'Which are signs of a GHB overdose?',
  options: [
    { text: 'Cannot be woken', correct: true, feedback },
    { text: 'Talking fast', feedback },
    { text: 'Slow breathing', correct: true, feedback },
  ],
});

export const trueFalse = as('true-false', {
  id: 'no-antidote',
  prompt: 'GHB has no antidote.',
  correct: true,
  feedbackTrue: feedback,
  feedbackFalse: feedback,
});

/** Pair ids naloxone and recovery; one distractor, known as ~0. */
export const matching = as('matching', {
  id: 'match-tools',
  prompt: 'Match each tool to what it does.',
  pairs: [
    { id: 'naloxone', item: 'Naloxone', match: 'Reverses an opioid overdose' },
    { id: 'recovery', item: 'Recovery position', match: 'Keeps the airway clear' },
  ],
  distractors: ['Reverses a GHB overdose'],
});

/** Steps without ids: the right order is a, b, c. */
export const ordering = as('ordering', {
  id: 'order-steps',
  prompt: 'Put the steps in order.',
  steps: [{ text: 'Check for danger' }, { text: 'Check breathing' }, { text: 'Call an ambulance' }],
});

/**
 * at-the-door --call--> safe (best ending)
 * at-the-door --wait--> waiting --a--> safe-late (ending, not best)
 *                       waiting --b--> at-the-door (a loop back to the start)
 */
export const scenario = as('scenario', {
  id: 'at-the-party',
  prompt: 'Your friend collapses at a party.',
  steps: [
    {
      id: 'at-the-door',
      text: 'He is breathing but does not wake up.',
      choices: [
        { id: 'call', text: 'Call an ambulance', next: 'safe' },
        { id: 'wait', text: 'Wait and see', next: 'waiting' },
      ],
    },
    {
      id: 'waiting',
      text: 'Ten minutes later his breathing slows.',
      choices: [
        { text: 'Call an ambulance now', next: 'safe-late' },
        { text: 'Go back to the door', next: 'at-the-door' },
      ],
    },
  ],
  endings: [
    { id: 'safe', text: 'You kept him safe.', best: true },
    { id: 'safe-late', text: 'He is safe, but it was close.' },
  ],
});

export const reflection = as('reflection', {
  id: 'own-practice',
  prompt: 'How would you talk about GHB with the people you support?',
});

export const allQuestions: Question[] = [single, multiple, trueFalse, matching, ordering, scenario, reflection];

/** A right answer for each question (none for the reflection: it is never right). */
export const rightAnswers = {
  single: { type: 'single', option: 'recovery-position' },
  multiple: { type: 'multiple', options: ['c', 'a'] },
  trueFalse: { type: 'true-false', value: true },
  matching: { type: 'matching', matches: { naloxone: 'naloxone', recovery: 'recovery' } },
  ordering: { type: 'ordering', order: ['a', 'b', 'c'] },
  scenario: { type: 'scenario', path: ['call'] },
  reflection: { type: 'reflection', text: 'I would ask first.' },
} satisfies Record<string, Answer>;

/** A complete but wrong answer for each scored question. */
export const wrongAnswers = {
  single: { type: 'single', option: 'cold-shower' },
  multiple: { type: 'multiple', options: ['a'] },
  trueFalse: { type: 'true-false', value: false },
  matching: { type: 'matching', matches: { naloxone: '~0', recovery: 'recovery' } },
  ordering: { type: 'ordering', order: ['b', 'a', 'c'] },
  scenario: { type: 'scenario', path: ['wait', 'a'] },
} satisfies Record<string, Answer>;
