import { describe, expect, test } from 'vitest';
import { assessmentSchema, QUESTION_TYPES, quizSchema } from '../../src/schemas/quiz-schema.ts';

/* Quizzes as an author writes them in YAML (before defaults). Each builder returns a fresh object. */

const feedback = 'Because …';
const option = (text: string, extra: Record<string, unknown> = {}) => ({ text, feedback, ...extra });

const single = (options = [option('Recovery position', { id: 'recovery', correct: true }), option('Cold shower', { id: 'shower' })]) => ({
  id: 'first-action',
  type: 'single',
  prompt: 'What do you do first?',
  options,
});
const multiple = (options = [option('Cannot be woken', { correct: true }), option('Talking fast'), option('Slow breathing', { correct: true })]) => ({
  id: 'ghb-signs',
  type: 'multiple',
  prompt: 'Which are signs of a GHB overdose?',
  options,
});
const trueFalse = () => ({ id: 'no-antidote', type: 'true-false', prompt: 'GHB has no antidote.', correct: true, feedbackTrue: feedback, feedbackFalse: feedback });
const matching = (
  pairs: Record<string, unknown>[] = [
    { item: 'Naloxone', match: 'Reverses an opioid overdose' },
    { item: 'Recovery position', match: 'Keeps the airway clear' },
  ],
  distractors?: string[],
) => ({ id: 'match-tools', type: 'matching', prompt: 'Match them.', pairs, ...(distractors ? { distractors } : {}) });
const ordering = (steps: Record<string, unknown>[] = [{ text: 'Check for danger' }, { text: 'Check breathing' }]) => ({
  id: 'order-steps',
  type: 'ordering',
  prompt: 'Put them in order.',
  steps,
});
type Step = { id: string; text: string; choices: { id?: string; text: string; next: string }[] };
type Ending = { id: string; text: string; best?: boolean };
const step = (id: string, ...next: string[]): Step => ({ id, text: `At ${id}`, choices: next.map((n) => ({ text: `Go to ${n}`, next: n })) });
const ending = (id: string, best = false): Ending => ({ id, text: `Ending ${id}`, ...(best ? { best } : {}) });
const scenario = (
  steps: Step[] = [step('at-the-door', 'safe', 'waiting'), step('waiting', 'safe-late', 'at-the-door')],
  endings: Ending[] = [ending('safe', true), ending('safe-late')],
) => ({ id: 'at-the-party', type: 'scenario', prompt: 'Your friend collapses.', steps, endings });
const reflection = () => ({ id: 'own-practice', type: 'reflection', prompt: 'How would you talk about it?', guidance: 'Think of …' });

const quiz = (...questions: Record<string, unknown>[]) => ({ id: 'check-ghb', title: 'Check your understanding', questions });
const everyType = () => quiz(single(), multiple(), trueFalse(), matching(), ordering(), scenario(), reflection());

/** Every issue as path (dotted) and message. */
function issues(input: unknown, schema: typeof quizSchema | typeof assessmentSchema = quizSchema) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('quiz schema', () => {
  test('a quiz with a question of every type parses and gets its defaults', () => {
    expect(issues(everyType())).toEqual([]);
    const parsed = quizSchema.parse(everyType());
    expect(parsed.questions.map((q) => q.type)).toEqual([...QUESTION_TYPES]);
    expect(parsed.shuffle).toBe(true);
    expect(parsed.attempts).toBeUndefined();
    const [s, , , m, , sc] = parsed.questions;
    expect(s?.type === 'single' && s.options.map((o) => o.correct)).toEqual([true, false]);
    expect(m?.type === 'matching' && m.distractors).toEqual([]);
    expect(sc?.type === 'scenario' && sc.endings.map((e) => e.best)).toEqual([true, false]);
  });

  test('the assessment schema accepts the same quiz with attempts', () => {
    expect(issues({ ...everyType(), attempts: 3 }, assessmentSchema)).toEqual([]);
    expect(assessmentSchema.parse({ ...everyType(), attempts: 3 }).attempts).toBe(3);
  });

  test('text is trimmed and option ids are optional', () => {
    const parsed = quizSchema.parse(quiz({ ...single(), prompt: '  What first?  ' }));
    expect(parsed.questions[0]!.prompt).toBe('What first?');
  });

  describe('single choice', () => {
    test('with no correct option', () => {
      expect(issues(quiz(single([option('A'), option('B')])))).toEqual([
        {
          path: 'questions.0.options',
          message:
            'question "first-action": a single-choice question needs exactly 1 correct option, but has 0. Mark one option "correct: true", or use type: multiple',
        },
      ]);
    });

    test('with 2 correct options', () => {
      expect(issues(quiz(single([option('A', { correct: true }), option('B', { correct: true }), option('C')])))).toEqual([
        {
          path: 'questions.0.options',
          message:
            'question "first-action": a single-choice question needs exactly 1 correct option, but has 2. Mark one option "correct: true", or use type: multiple',
        },
      ]);
    });

    test('with fewer than 2 options', () => {
      expect(issues(quiz(single([option('A', { correct: true })])))).toContainEqual({ path: 'questions.0.options', message: 'question "first-action": needs at least 2 options' });
    });

    test('with two options sharing an id, also when an author id equals a position id', () => {
      const message = 'question "first-action": the option id "same" is used twice. Give each option its own id';
      expect(issues(quiz(single([option('A', { id: 'same', correct: true }), option('B', { id: 'same' })])))).toEqual([{ path: 'questions.0', message }]);
      // The second option has no id, so it is known as "b": the first one may not be called "b" too.
      expect(issues(quiz(single([option('A', { id: 'b', correct: true }), option('B')])))).toEqual([
        { path: 'questions.0', message: 'question "first-action": the option id "b" is used twice. Give each option its own id' },
      ]);
    });
  });

  test('multiple response with no correct option', () => {
    expect(issues(quiz(multiple([option('A'), option('B')])))).toEqual([
      { path: 'questions.0.options', message: 'question "ghb-signs": a multiple-response question needs at least 1 correct option. Mark them "correct: true"' },
    ]);
  });

  test('true-false without its answer', () => {
    const { correct: _, ...withoutAnswer } = trueFalse();
    expect(issues(quiz(withoutAnswer))).toEqual([
      { path: 'questions.0.correct', message: 'question "no-antidote": must be true or false: the right answer to the statement' },
    ]);
  });

  describe('matching', () => {
    test('with the same match twice', () => {
      expect(issues(quiz(matching([{ item: 'Naloxone', match: 'Reverses it' }, { item: 'Flumazenil', match: 'Reverses it' }])))).toEqual([
        { path: 'questions.0.pairs', message: 'question "match-tools": the match "Reverses it" appears twice, so the pairs are ambiguous. Make each match unique' },
      ]);
    });

    test('with a distractor equal to a right match', () => {
      expect(issues(quiz(matching(undefined, ['Keeps the airway clear'])))).toEqual([
        {
          path: 'questions.0.pairs',
          message: 'question "match-tools": the match "Keeps the airway clear" appears twice, so the pairs are ambiguous. Make each match unique',
        },
      ]);
    });

    test('with the same item twice', () => {
      expect(issues(quiz(matching([{ item: 'Naloxone', match: 'Reverses an opioid overdose' }, { item: 'Naloxone', match: 'Comes as a nasal spray' }])))).toEqual([
        { path: 'questions.0.pairs', message: 'question "match-tools": the item "Naloxone" appears twice. Make each item unique' },
      ]);
    });

    test('with an item left unpaired (a pair missing its match)', () => {
      expect(issues(quiz(matching([{ item: 'Naloxone', match: 'Reverses an opioid overdose' }, { item: 'Flumazenil' }])))).toEqual([
        { path: 'questions.0.pairs.1.match', message: 'question "match-tools": is missing. Add what it matches, for example: "Reverses an opioid overdose"' },
      ]);
    });

    test('with a single pair', () => {
      expect(issues(quiz(matching([{ item: 'Naloxone', match: 'Reverses an opioid overdose' }])))).toContainEqual({
        path: 'questions.0.pairs',
        message: 'question "match-tools": needs at least 2 pairs',
      });
    });
  });

  test('ordering with two steps sharing an id', () => {
    expect(issues(quiz(ordering([{ id: 'check', text: 'Check for danger' }, { id: 'check', text: 'Check breathing' }])))).toEqual([
      { path: 'questions.0', message: 'question "order-steps": the step id "check" is used twice. Give each step its own id' },
    ]);
  });

  test('two questions with the same id', () => {
    expect(issues(quiz(single(), { ...trueFalse(), id: 'first-action' }))).toEqual([
      { path: 'questions.1.id', message: 'question "first-action": the id "first-action" is used twice in this quiz. Give each question its own id' },
    ]);
  });

  describe('scenario', () => {
    test('a choice leading to a step or ending that does not exist', () => {
      const found = issues(quiz(scenario([step('at-the-door', 'safe', 'nowhere')])));
      expect(found).toEqual([
        {
          path: 'questions.0.steps.0.choices.1.next',
          message:
            'question "at-the-party": step "at-the-door" has a choice that leads to "nowhere", which is neither a step nor an ending. Known: at-the-door, safe, safe-late',
        },
      ]);
    });

    test('a step that cannot be reached from the first step', () => {
      expect(issues(quiz(scenario([step('at-the-door', 'safe'), step('orphan', 'safe-late')])))).toEqual([
        {
          path: 'questions.0.steps',
          message: 'question "at-the-party": step "orphan" cannot be reached from the first step. Lead a choice to it, or remove it',
        },
      ]);
    });

    test('a step from which no path leads to an ending', () => {
      // "stuck" and "stuck-too" lead only to each other: reachable, but the story can never end from them.
      const found = issues(quiz(scenario([step('at-the-door', 'safe', 'stuck'), step('stuck', 'stuck-too'), step('stuck-too', 'stuck')])));
      expect(found).toEqual([
        { path: 'questions.0.steps', message: 'question "at-the-party": from step "stuck" no path leads to an ending. Lead at least one choice towards an ending' },
        {
          path: 'questions.0.steps',
          message: 'question "at-the-party": from step "stuck-too" no path leads to an ending. Lead at least one choice towards an ending',
        },
      ]);
    });

    test('a loop is fine as long as every step can still reach an ending', () => {
      expect(issues(quiz(scenario([step('at-the-door', 'waiting'), step('waiting', 'at-the-door', 'safe')])))).toEqual([]);
    });

    test('no best ending', () => {
      expect(issues(quiz(scenario(undefined, [ending('safe'), ending('safe-late')])))).toEqual([
        { path: 'questions.0.endings', message: 'question "at-the-party": needs at least 1 ending with "best: true"' },
      ]);
    });

    test('a step and an ending with the same id', () => {
      expect(issues(quiz(scenario([step('at-the-door', 'safe')], [ending('safe', true), ending('at-the-door')])))).toContainEqual({
        path: 'questions.0.endings',
        message: 'question "at-the-party": "at-the-door" is both a step and an ending. Rename one',
      });
    });

    test('two steps or two endings sharing an id', () => {
      const twoSteps = issues(quiz(scenario([step('at-the-door', 'safe'), step('at-the-door', 'safe-late')])));
      expect(twoSteps).toContainEqual({ path: 'questions.0.steps', message: 'question "at-the-party": two steps share an id. Give each step its own id' });
      const twoEndings = issues(quiz(scenario([step('at-the-door', 'safe')], [ending('safe', true), ending('safe')])));
      expect(twoEndings).toEqual([
        { path: 'questions.0.endings', message: 'question "at-the-party": two endings share an id. Give each ending its own id' },
      ]);
    });

    test('a step without choices and a scenario without endings', () => {
      const found = issues(quiz(scenario([{ id: 'at-the-door', text: 'Hm', choices: [] }], [])));
      expect(found).toContainEqual({ path: 'questions.0.steps.0.choices', message: 'question "at-the-party": needs at least 1 choice' });
      expect(found).toContainEqual({ path: 'questions.0.endings', message: 'question "at-the-party": needs at least 1 ending' });
    });

    // Paths store choice ids, so two choices of one step must not share one.
    test('two choices of one step sharing an id', () => {
      const door: Step = {
        id: 'at-the-door',
        text: 'He does not wake up.',
        choices: [
          { id: 'call', text: 'Call an ambulance', next: 'safe' },
          { id: 'call', text: 'Call his friend', next: 'safe-late' },
        ],
      };
      expect(issues(quiz(scenario([door])))).toContainEqual({ path: expect.stringMatching(/^questions\.0/), message: expect.stringContaining('"call" is used twice') });
    });
  });

  test('the final assessment requires attempts; a knowledge check does not', () => {
    expect(issues(everyType())).toEqual([]);
    expect(issues(everyType(), assessmentSchema)).toEqual([{ path: 'attempts', message: 'is missing. Set how many attempts a learner gets, for example: 3' }]);
    expect(issues({ ...everyType(), attempts: 0 }, assessmentSchema)).toEqual([{ path: 'attempts', message: 'must be at least 1' }]);
    expect(issues({ ...everyType(), attempts: 0 })).toEqual([{ path: 'attempts', message: 'must be at least 1' }]);
    expect(issues({ ...everyType(), attempts: 'three' })).toEqual([{ path: 'attempts', message: 'must be a whole number of attempts, for example: 3' }]);
  });

  test('an unknown or missing question type', () => {
    const message = 'needs a type, one of: single, multiple, true-false, matching, ordering, scenario, reflection';
    expect(issues(quiz({ ...single(), type: 'essay' }))).toEqual([{ path: 'questions.0.type', message: `question "first-action": ${message}` }]);
    const { type: _, ...untyped } = single();
    expect(issues(quiz(trueFalse(), untyped))).toEqual([{ path: 'questions.1.type', message: `question "first-action": ${message}` }]);
  });

  test('a misspelt field of the quiz or of the assessment file', () => {
    expect(issues({ ...everyType(), titel: 'Check' })).toEqual([
      { path: '', message: 'has unknown field "titel". Check the spelling; the fields are: id, title, attempts, shuffle, questions' },
    ]);
    expect(issues({ ...everyType(), attempts: 3, atempts: 3, shufle: false }, assessmentSchema)).toEqual([
      { path: '', message: 'has unknown fields "atempts", "shufle". Check the spelling; the fields are: id, title, attempts, shuffle, questions' },
    ]);
  });

  test('a misspelt field of a question is reported at that question', () => {
    const found = issues(quiz(trueFalse(), { ...reflection(), guidence: 'Think of …' }));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('questions.1');
    expect(found[0]!.message).toContain('"guidence"');
  });

  // Every object in a quiz names its fields when one is misspelt.
  test('a misspelt field of a question says how to fix it', () => {
    expect(issues(quiz({ ...reflection(), guidence: 'Think of …' }))).toEqual([
      { path: 'questions.0', message: expect.stringContaining('Check the spelling; the fields are: id, prompt, explanation, type, guidance') },
    ]);
  });

  test('ids must be lowercase words joined by hyphens', () => {
    expect(issues(quiz({ ...single(), id: 'First Action' }))).toContainEqual({
      path: 'questions.0.id',
      message: 'question "First Action": must be a question id of lowercase letters, digits and hyphens, for example: ghb-no-antidote',
    });
  });

  test('a quiz needs at least one question', () => {
    expect(issues(quiz())).toEqual([{ path: 'questions', message: 'needs at least 1 question' }]);
  });
});

test('"constructor" is refused as any id', () => {
  const result = quizSchema.safeParse({ id: 'constructor', title: 'T', questions: [{ id: 'q', type: 'true-false', prompt: 'P', correct: true, feedbackTrue: 'a', feedbackFalse: 'b' }] });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toContain('must not be one of: constructor');
});
