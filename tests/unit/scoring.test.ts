import { describe, expect, test } from 'vitest';
import { answerFits, isComplete, matchChoices, optionIds, scenarioPosition, type Answer } from '../../src/lib/answers.ts';
import { isCorrect, isScored, scoreQuiz } from '../../src/lib/scoring.ts';
import { positionId } from '../../src/schemas/position-id.ts';
import { MAX_REFLECTION_LENGTH } from '../../src/schemas/progress-schema.ts';
import { quizSchema, type Question } from '../../src/schemas/quiz-schema.ts';
import { allQuestions, matching, multiple, ordering, reflection, rightAnswers, scenario, single, trueFalse, wrongAnswers } from './quiz-fixtures.ts';

const path = (...ids: string[]): Answer => ({ type: 'scenario', path: ids });
const answersFor = (pairs: [Question, Answer][]) => Object.fromEntries(pairs.map(([q, a]) => [q.id, a]));

const scored = [
  ['single', single],
  ['multiple', multiple],
  ['true-false', trueFalse],
  ['matching', matching],
  ['ordering', ordering],
  ['scenario', scenario],
] as const;
const key = { single: 'single', multiple: 'multiple', 'true-false': 'trueFalse', matching: 'matching', ordering: 'ordering', scenario: 'scenario' } as const;

describe('answers', () => {
  test('positionId names positions a…z, then a1…z1, a2…', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(positionId)).toEqual(['a', 'b', 'z', 'a1', 'b1', 'z1', 'a2']);
    const ids = Array.from({ length: 200 }, (_, i) => positionId(i));
    expect(new Set(ids).size).toBe(200);
  });

  test('options without an id are known by position; author ids are kept', () => {
    expect(optionIds(multiple)).toEqual(['a', 'b', 'c']);
    expect(optionIds(single)).toEqual(['recovery-position', 'cold-shower', 'coffee']);
    expect(answerFits(multiple, { type: 'multiple', options: ['b'] })).toBe(true);
    expect(answerFits(single, { type: 'single', option: 'a' })).toBe(false);
  });

  test('matchChoices lists the right matches by pair id, then the distractors', () => {
    expect(matchChoices(matching)).toEqual([
      { id: 'naloxone', text: 'Reverses an opioid overdose' },
      { id: 'recovery', text: 'Keeps the airway clear' },
      { id: '~0', text: 'Reverses a GHB overdose' },
    ]);
  });

  // Distractor ids start with "~", which no author-written id can, so they never clash with a pair id.
  test('choice ids of an accepted matching question are all different', () => {
    const input = {
      id: 'check',
      title: 'Check',
      questions: [
        {
          id: 'match-tools',
          type: 'matching',
          prompt: 'Match them.',
          pairs: [
            { id: 'x0', item: 'Naloxone', match: 'Reverses an opioid overdose' },
            { id: 'recovery', item: 'Recovery position', match: 'Keeps the airway clear' },
          ],
          distractors: ['Reverses a GHB overdose'],
        },
      ],
    };
    const parsed = quizSchema.safeParse(input);
    if (!parsed.success) return; // rejecting the quiz is a fine fix too
    const q = parsed.data.questions[0] as Extract<Question, { type: 'matching' }>;
    const ids = matchChoices(q).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe('scenarioPosition', () => {
    test('an empty path is at the first step', () => {
      expect(scenarioPosition(scenario, [])).toEqual({ step: scenario.steps[0] });
    });

    test('mid-story: at the step the last choice led to, by choice id or by position', () => {
      expect(scenarioPosition(scenario, ['wait'])).toEqual({ step: scenario.steps[1] });
      // "b" is the second choice of "waiting" (no id): back to the door.
      expect(scenarioPosition(scenario, ['wait', 'b'])).toEqual({ step: scenario.steps[0] });
    });

    test('at an ending', () => {
      expect(scenarioPosition(scenario, ['call'])).toEqual({ ending: scenario.endings[0] });
      expect(scenarioPosition(scenario, ['wait', 'a'])).toEqual({ ending: scenario.endings[1] });
      expect(scenarioPosition(scenario, ['wait', 'b', 'wait', 'b', 'call'])).toEqual({ ending: scenario.endings[0] });
    });

    test('an invalid path is null', () => {
      expect(scenarioPosition(scenario, ['run'])).toBeNull();
      expect(scenarioPosition(scenario, ['wait', 'call'])).toBeNull(); // "call" is a choice of the first step only
      expect(scenarioPosition(scenario, ['a'])).toBeNull(); // the first step's choices have ids: no position ids
    });

    test('a path that goes on after an ending is null', () => {
      expect(scenarioPosition(scenario, ['call', 'wait'])).toBeNull();
      expect(scenarioPosition(scenario, ['wait', 'a', 'a'])).toBeNull();
    });
  });

  describe('answerFits', () => {
    test.each(scored)('a right and a wrong answer fit the %s question', (_, q) => {
      expect(answerFits(q, rightAnswers[key[q.type]])).toBe(true);
      expect(answerFits(q, wrongAnswers[key[q.type]])).toBe(true);
    });

    test('an answer of another type never fits', () => {
      for (const q of allQuestions)
        for (const a of Object.values(rightAnswers)) expect(answerFits(q, a), `${a.type} answer to ${q.type} question`).toBe(a.type === q.type);
    });

    test('unknown option ids do not fit', () => {
      expect(answerFits(single, { type: 'single', option: 'call-police' })).toBe(false);
      expect(answerFits(multiple, { type: 'multiple', options: ['a', 'd'] })).toBe(false);
      expect(answerFits(multiple, { type: 'multiple', options: ['a', 'a'] })).toBe(false);
      expect(answerFits(multiple, { type: 'multiple', options: [] })).toBe(true);
    });

    test('matching: unknown items or matches do not fit; partial answers do', () => {
      expect(answerFits(matching, { type: 'matching', matches: { naloxone: 'naloxone' } })).toBe(true);
      expect(answerFits(matching, { type: 'matching', matches: { naloxone: '~1' } })).toBe(false);
      expect(answerFits(matching, { type: 'matching', matches: { flumazenil: 'naloxone' } })).toBe(false);
    });

    test('ordering: a tampered order does not fit', () => {
      expect(answerFits(ordering, { type: 'ordering', order: ['c', 'a', 'b'] })).toBe(true);
      expect(answerFits(ordering, { type: 'ordering', order: ['a', 'b'] })).toBe(false); // missing a step
      expect(answerFits(ordering, { type: 'ordering', order: ['a', 'a', 'b'] })).toBe(false); // duplicate, missing "c"
      expect(answerFits(ordering, { type: 'ordering', order: ['a', 'b', 'c', 'c'] })).toBe(false); // extra
      expect(answerFits(ordering, { type: 'ordering', order: ['a', 'b', 'd'] })).toBe(false); // unknown step
    });

    test('scenario: only paths through the story fit, finished or not', () => {
      expect(answerFits(scenario, path())).toBe(true);
      expect(answerFits(scenario, path('wait'))).toBe(true);
      expect(answerFits(scenario, path('run'))).toBe(false);
      expect(answerFits(scenario, path('call', 'wait'))).toBe(false);
    });

    test('reflection: at most MAX_REFLECTION_LENGTH characters', () => {
      expect(answerFits(reflection, { type: 'reflection', text: 'x'.repeat(MAX_REFLECTION_LENGTH) })).toBe(true);
      expect(answerFits(reflection, { type: 'reflection', text: 'x'.repeat(MAX_REFLECTION_LENGTH + 1) })).toBe(false);
    });
  });

  describe('isComplete', () => {
    test.each(scored)('a right or wrong answer to the %s question is complete; no answer is not', (_, q) => {
      expect(isComplete(q, rightAnswers[key[q.type]])).toBe(true);
      expect(isComplete(q, wrongAnswers[key[q.type]])).toBe(true);
      expect(isComplete(q, undefined)).toBe(false);
    });

    test('incomplete answers', () => {
      expect(isComplete(multiple, { type: 'multiple', options: [] })).toBe(false);
      expect(isComplete(matching, { type: 'matching', matches: { naloxone: 'naloxone' } })).toBe(false);
      expect(isComplete(scenario, path())).toBe(false);
      expect(isComplete(scenario, path('wait'))).toBe(false);
      expect(isComplete(scenario, path('wait', 'b'))).toBe(false);
      expect(isComplete(reflection, { type: 'reflection', text: '  \n ' })).toBe(false);
      expect(isComplete(reflection, rightAnswers.reflection)).toBe(true);
    });

    test('an answer that does not fit is not complete', () => {
      expect(isComplete(single, { type: 'single', option: 'call-police' })).toBe(false);
      expect(isComplete(single, rightAnswers.trueFalse)).toBe(false);
      expect(isComplete(ordering, { type: 'ordering', order: ['a', 'a', 'b'] })).toBe(false);
      expect(isComplete(scenario, path('call', 'wait'))).toBe(false);
      expect(isComplete(reflection, { type: 'reflection', text: 'x'.repeat(MAX_REFLECTION_LENGTH + 1) })).toBe(false);
    });
  });
});

describe('scoring', () => {
  test.each(scored)('%s: a right answer is correct, a wrong one is not', (_, q) => {
    expect(isCorrect(q, rightAnswers[key[q.type]])).toBe(true);
    expect(isCorrect(q, wrongAnswers[key[q.type]])).toBe(false);
    expect(isCorrect(q, undefined)).toBe(false);
  });

  test('multiple response is all or nothing', () => {
    expect(isCorrect(multiple, { type: 'multiple', options: ['a', 'c'] })).toBe(true);
    expect(isCorrect(multiple, { type: 'multiple', options: ['a', 'b', 'c'] })).toBe(false); // one too many
    expect(isCorrect(multiple, { type: 'multiple', options: ['c'] })).toBe(false); // one missing
  });

  test('matching: every item must get its own match; a distractor is wrong', () => {
    expect(isCorrect(matching, { type: 'matching', matches: { naloxone: 'recovery', recovery: 'naloxone' } })).toBe(false);
    expect(isCorrect(matching, { type: 'matching', matches: { naloxone: 'naloxone', recovery: '~0' } })).toBe(false);
    expect(isCorrect(matching, { type: 'matching', matches: { naloxone: 'naloxone', recovery: 'naloxone' } })).toBe(false);
  });

  test('scenario: only an ending marked best is right, however long the path', () => {
    expect(isCorrect(scenario, path('wait', 'b', 'call'))).toBe(true);
    expect(isCorrect(scenario, path('wait', 'b', 'wait', 'a'))).toBe(false);
  });

  test('incomplete answers are never correct', () => {
    expect(isCorrect(multiple, { type: 'multiple', options: [] })).toBe(false);
    expect(isCorrect(matching, { type: 'matching', matches: { naloxone: 'naloxone' } })).toBe(false);
    expect(isCorrect(scenario, path())).toBe(false);
    expect(isCorrect(scenario, path('wait'))).toBe(false);
  });

  test('answers that do not fit the question are never correct', () => {
    // Wrong type: the true-false answer "true" to a single-choice question.
    expect(isCorrect(single, rightAnswers.trueFalse)).toBe(false);
    expect(isCorrect(trueFalse, { type: 'single', option: 'true' })).toBe(false);
    // Unknown option ids, including a right one plus an unknown one.
    expect(isCorrect(single, { type: 'single', option: 'call-police' })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', options: ['a', 'c', 'z'] })).toBe(false);
    // Duplicate option ids that would otherwise match the count of right options.
    expect(isCorrect(multiple, { type: 'multiple', options: ['a', 'a'] })).toBe(false);
    // Tampered orders: right prefix with a step missing or repeated, or an extra step.
    expect(isCorrect(ordering, { type: 'ordering', order: ['a', 'b'] })).toBe(false);
    expect(isCorrect(ordering, { type: 'ordering', order: ['a', 'b', 'c', 'c'] })).toBe(false);
    expect(isCorrect(ordering, { type: 'ordering', order: ['a', 'b', 'b'] })).toBe(false);
    // A path that goes on past the best ending.
    expect(isCorrect(scenario, path('call', 'wait'))).toBe(false);
    // Matching with an extra unknown item.
    expect(isCorrect(matching, { type: 'matching', matches: { naloxone: 'naloxone', recovery: 'recovery', flumazenil: '~0' } })).toBe(false);
  });

  test('reflections are never correct and never scored', () => {
    expect(isScored(reflection)).toBe(false);
    expect(isCorrect(reflection, rightAnswers.reflection)).toBe(false);
    expect(allQuestions.filter(isScored)).toHaveLength(6);
  });

  test('scoreQuiz: all right is 100, with a result per scored question and none for the reflection', () => {
    const answers = answersFor([
      [single, rightAnswers.single],
      [multiple, rightAnswers.multiple],
      [trueFalse, rightAnswers.trueFalse],
      [matching, rightAnswers.matching],
      [ordering, rightAnswers.ordering],
      [scenario, rightAnswers.scenario],
      [reflection, rightAnswers.reflection],
    ]);
    expect(scoreQuiz(allQuestions, answers)).toEqual({
      correct: 6,
      total: 6,
      percent: 100,
      results: { 'first-action': true, 'ghb-signs': true, 'no-antidote': true, 'match-tools': true, 'order-steps': true, 'at-the-party': true },
    });
  });

  test('scoreQuiz: unanswered and wrong questions count against the learner', () => {
    const answers = answersFor([
      [single, wrongAnswers.single],
      [trueFalse, rightAnswers.trueFalse],
      [scenario, path('wait')],
    ]);
    const score = scoreQuiz(allQuestions, answers);
    expect(score).toMatchObject({ correct: 1, total: 6, percent: 16 });
    expect(score.results).toEqual({
      'first-action': false,
      'ghb-signs': false,
      'no-antidote': true,
      'match-tools': false,
      'order-steps': false,
      'at-the-party': false,
    });
  });

  test('scoreQuiz: an answer stored under another question id does not count', () => {
    expect(scoreQuiz([single], { 'ghb-signs': rightAnswers.single }).percent).toBe(0);
  });

  test('percent rounds down, so nobody passes on rounding', () => {
    const twoOfThree = answersFor([
      [single, rightAnswers.single],
      [trueFalse, rightAnswers.trueFalse],
      [ordering, wrongAnswers.ordering],
    ]);
    expect(scoreQuiz([single, trueFalse, ordering], twoOfThree)).toMatchObject({ correct: 2, total: 3, percent: 66 });
    expect(scoreQuiz([single, trueFalse, ordering], answersFor([[single, rightAnswers.single]])).percent).toBe(33);
    const fiveOfSix = { ...answersFor([[single, rightAnswers.single], [multiple, rightAnswers.multiple], [trueFalse, rightAnswers.trueFalse]]), ...answersFor([[matching, rightAnswers.matching], [ordering, rightAnswers.ordering]]) };
    expect(scoreQuiz(allQuestions, fiveOfSix).percent).toBe(83); // 83.33…
  });

  test('percent is exact for every count up to 100 questions', () => {
    for (let total = 1; total <= 100; total++)
      for (let correct = 0; correct <= total; correct++) {
        const questions = Array.from({ length: total }, (_, i) => ({ ...trueFalse, id: `q${i}` }));
        const answers = Object.fromEntries(questions.map((q, i) => [q.id, { type: 'true-false', value: i < correct } as Answer]));
        const percent = scoreQuiz(questions, answers).percent;
        // Integer check: percent is the largest whole number p with p * total <= correct * 100.
        expect(percent * total <= correct * 100 && (percent + 1) * total > correct * 100, `${correct}/${total} → ${percent}`).toBe(true);
      }
  });

  test('an empty scored set scores 100', () => {
    expect(scoreQuiz([reflection], {})).toEqual({ correct: 0, total: 0, percent: 100, results: {} });
    expect(scoreQuiz([], {})).toEqual({ correct: 0, total: 0, percent: 100, results: {} });
  });
});
