import { describe, expect, test } from 'vitest';
import type { Answer } from '../../src/lib/answers.ts';
import { isCorrect } from '../../src/lib/scoring.ts';
import type { Question } from '../../src/schemas/quiz-schema.ts';
import { interactionFields, type AnsweredQuestion } from '../../src/scorm/interactions.ts';
import { fitList } from '../../src/scorm/limits.ts';
import { matching, multiple, ordering, reflection, rightAnswers, scenario, single, trueFalse, wrongAnswers, parseQuestion } from './quiz-fixtures.ts';

const at = Date.UTC(2026, 10, 23, 9, 0, 0);
const answered = (question: Question, answer: Answer, availableAt: number | null = at): AnsweredQuestion => ({
  quizId: 'check',
  question,
  answer,
  correct: isCorrect(question, answer),
  respondedAt: at + 12_340,
  availableAt,
});
const fields = (version: '1.2' | '2004', a: AnsweredQuestion) => Object.fromEntries(interactionFields(version, a));

/** The response formats as the specifications write them: SCORM 1.2 RTE 3.4.4, SCORM 2004 RTE 4.2.9.1. */
const ID_12 = /^[A-Za-z0-9_-]{1,255}$/;
const CHAR = '[0-9a-z]';
const LIST_12 = new RegExp(`^${CHAR}(,${CHAR})*$`);
const MATCH_12 = new RegExp(`^${CHAR}\\.${CHAR}(,${CHAR}\\.${CHAR})*$`);
const SHORT = "[\\w\\-()+.:=@;$!*'%/#]{1,250}";
const LIST_2004 = new RegExp(`^${SHORT}(\\[,\\]${SHORT})*$`);
const MATCH_2004 = new RegExp(`^${SHORT}\\[\\.\\]${SHORT}(\\[,\\]${SHORT}\\[\\.\\]${SHORT})*$`);

describe('interactions', () => {
  test('SCORM 1.2: one character per option, match and step; t/f; correct/wrong; CMITimespan latency', () => {
    expect(fields('1.2', answered(multiple, rightAnswers.multiple))).toEqual({
      id: 'check_ghb-signs',
      type: 'choice',
      time: expect.stringMatching(/^\d{2}:\d{2}:\d{2}$/),
      'correct_responses.0.pattern': 'a,c',
      student_response: 'a,c',
      result: 'correct',
      latency: '00:00:12.34',
    });
    expect(fields('1.2', answered(single, wrongAnswers.single))).toMatchObject({ student_response: 'b', 'correct_responses.0.pattern': 'a', result: 'wrong' });
    expect(fields('1.2', answered(trueFalse, wrongAnswers.trueFalse))).toMatchObject({ type: 'true-false', student_response: 'f', 'correct_responses.0.pattern': 't' });
    expect(fields('1.2', answered(matching, wrongAnswers.matching))).toMatchObject({ type: 'matching', student_response: 'a.c,b.b', 'correct_responses.0.pattern': 'a.a,b.b' });
    expect(fields('1.2', answered(ordering, wrongAnswers.ordering))).toMatchObject({ type: 'sequencing', student_response: 'b,a,c', 'correct_responses.0.pattern': 'a,b,c' });
    expect(fields('1.2', answered(scenario, wrongAnswers.scenario))).toMatchObject({ type: 'choice', student_response: 'b', 'correct_responses.0.pattern': 'a', result: 'wrong' });
  });

  test('SCORM 2004: author ids with [,] and [.], true/false, correct/incorrect, ISO timestamp and latency', () => {
    expect(fields('2004', answered(multiple, wrongAnswers.multiple))).toEqual({
      id: 'check_ghb-signs',
      type: 'choice',
      timestamp: '2026-11-23T09:00:00.00Z',
      'correct_responses.0.pattern': 'a[,]c',
      learner_response: 'a',
      result: 'incorrect',
      latency: 'PT12.34S',
    });
    expect(fields('2004', answered(single, rightAnswers.single))).toMatchObject({ learner_response: 'recovery-position', result: 'correct' });
    expect(fields('2004', answered(trueFalse, rightAnswers.trueFalse))).toMatchObject({ learner_response: 'true', 'correct_responses.0.pattern': 'true' });
    // The distractor, "~0" in the site, is written as a short identifier 2004 accepts.
    expect(fields('2004', answered(matching, wrongAnswers.matching))).toMatchObject({
      learner_response: 'naloxone[.]distractor_1[,]recovery[.]recovery',
      'correct_responses.0.pattern': 'naloxone[.]naloxone[,]recovery[.]recovery',
    });
    expect(fields('2004', answered(ordering, rightAnswers.ordering))).toMatchObject({ type: 'sequencing', learner_response: 'a[,]b[,]c' });
    expect(fields('2004', answered(scenario, rightAnswers.scenario))).toMatchObject({ learner_response: 'safe', 'correct_responses.0.pattern': 'safe' });
  });

  test('every value is in its specification format', () => {
    const scored = [single, multiple, trueFalse, matching, ordering, scenario] as const;
    const answers = [...Object.values(rightAnswers), ...Object.values(wrongAnswers)];
    for (const q of scored) {
      for (const a of answers.filter((x) => x.type === q.type)) {
        const one = fields('1.2', answered(q, a));
        expect(one.id).toMatch(ID_12);
        const format12 = q.type === 'true-false' ? /^[01tf]$/ : q.type === 'matching' ? MATCH_12 : LIST_12;
        expect(one.student_response).toMatch(format12);
        expect(one['correct_responses.0.pattern']).toMatch(format12);
        const two = fields('2004', answered(q, a));
        const format2004 = q.type === 'true-false' ? /^(true|false)$/ : q.type === 'matching' ? MATCH_2004 : LIST_2004;
        expect(two.learner_response).toMatch(format2004);
        expect(two['correct_responses.0.pattern']).toMatch(format2004);
      }
    }
  });

  test('a story with several best endings has one right pattern for each', () => {
    const twoBest = parseQuestion({ ...scenario, endings: scenario.endings.map((e) => ({ ...e, best: true })) });
    expect(fields('2004', answered(twoBest, wrongAnswers.scenario))).toMatchObject({ 'correct_responses.0.pattern': 'safe', 'correct_responses.1.pattern': 'safe-late', result: 'correct' });
  });

  test('a reflection never becomes an interaction', () => {
    expect(interactionFields('1.2', answered(reflection, rightAnswers.reflection))).toEqual([]);
    expect(interactionFields('2004', answered(reflection, rightAnswers.reflection))).toEqual([]);
  });

  test('without a known start, latency is left out and the timestamp is the answer time', () => {
    const two = fields('2004', answered(single, rightAnswers.single, null));
    expect(two.latency).toBeUndefined();
    expect(two.timestamp).toBe('2026-11-23T09:00:12.34Z');
  });

  test('SCORM 1.2 responses are cut to 255 characters at a separator; past 36 options there is no character, so none is sent', () => {
    const options = Array.from({ length: 40 }, (_, i) => ({ text: `Option ${i}`, correct: i < 30, feedback: 'f' }));
    const many = parseQuestion({ id: 'many', type: 'multiple', prompt: 'p', options });
    const one = fields('1.2', answered(many, { type: 'multiple', options: ['a', 'b'] }));
    expect(one.student_response).toBe('a,b');
    expect(one['correct_responses.0.pattern']).toBe('abcdefghijklmnopqrstuvwxyz0123'.split('').join(','));
    expect(fields('1.2', answered(many, { type: 'multiple', options: ['a', 'n1'] })).student_response).toBeUndefined();
    expect(fitList('a,b,c,d', ',', 4)).toBe('a,b');
    expect(fitList('a'.repeat(300), ',', 255)).toHaveLength(255);
  });
});
