import type { Question } from '../schemas/quiz-schema.ts';
import { matchChoices, optionIds, pairIds, scenarioPosition, stepIds, type Answer } from '../lib/answers.ts';
import type { ScormVersion } from './lms-api.ts';
import { fitList, LIMITS } from './limits.ts';
import { cmiTime, cmiTimespan, isoDuration, isoTimestamp } from './time-format.ts';

/**
 * A checked answer as a cmi.interactions entry, in each version's formats (SCORM 1.2 RTE 3.4.4, SCORM 2004 4th
 * edition RTE 4.2.9). Reflections never become interactions: callers pass scored questions only, and
 * interactionFields gives a reflection no fields at all.
 */
export interface AnsweredQuestion {
  quizId: string;
  question: Question;
  answer: Answer;
  correct: boolean;
  /** When the learner gave this answer (ms since 1970). */
  respondedAt: number;
  /** When the question was put before the learner, if this session saw it. */
  availableAt: number | null;
}

/** An option, match or step: its author id and its position. */
interface Ref {
  id: string;
  index: number;
}

type Response =
  | { kind: 'true-false'; value: boolean }
  | { kind: 'choice'; picks: Ref[] }
  | { kind: 'matching'; pairs: [Ref, Ref][] }
  | { kind: 'sequencing'; steps: Ref[] };

const refs = (ids: string[]) => ids.map((id, index) => ({ id, index }));

/** The interaction's id: quiz and question ids joined by "_", which neither contains, so it is unique and valid in both versions. */
export const interactionId = (quizId: string, questionId: string) => `${quizId}_${questionId}`;

function typeOf(q: Question): Response['kind'] {
  switch (q.type) {
    case 'true-false':
      return 'true-false';
    case 'matching':
      return 'matching';
    case 'ordering':
      return 'sequencing';
    default:
      // A story is reported as the choice of the ending reached.
      return 'choice';
  }
}

function learnerResponse(q: Question, a: Answer): Response | null {
  switch (a.type) {
    case 'single':
      return { kind: 'choice', picks: refs(optionIds(q as Extract<Question, { type: 'single' }>)).filter((r) => r.id === a.option) };
    case 'multiple':
      return { kind: 'choice', picks: refs(optionIds(q as Extract<Question, { type: 'multiple' }>)).filter((r) => a.options.includes(r.id)) };
    case 'true-false':
      return { kind: 'true-false', value: a.value };
    case 'matching': {
      const m = q as Extract<Question, { type: 'matching' }>;
      const choices = refs(matchChoices(m).map((c) => c.id));
      const pairs = refs(pairIds(m)).flatMap((source): [Ref, Ref][] => {
        const target = choices.find((c) => c.id === a.matches[source.id]);
        return target ? [[source, target]] : [];
      });
      return { kind: 'matching', pairs };
    }
    case 'ordering': {
      const steps = refs(stepIds(q as Extract<Question, { type: 'ordering' }>));
      return { kind: 'sequencing', steps: a.order.flatMap((id) => steps.filter((s) => s.id === id)) };
    }
    case 'scenario': {
      const s = q as Extract<Question, { type: 'scenario' }>;
      const position = scenarioPosition(s, a.path);
      if (!position || !('ending' in position)) return null;
      return { kind: 'choice', picks: refs(s.endings.map((e) => e.id)).filter((r) => r.id === position.ending.id) };
    }
    case 'reflection':
      return null;
  }
}

/** Every right response; more than one only for a story with several best endings. */
function correctResponses(q: Question): Response[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return [{ kind: 'choice', picks: refs(optionIds(q)).filter((r) => q.options[r.index]!.correct) }];
    case 'true-false':
      return [{ kind: 'true-false', value: q.correct }];
    case 'matching': {
      const choices = refs(matchChoices(q).map((c) => c.id));
      return [{ kind: 'matching', pairs: refs(pairIds(q)).map((r): [Ref, Ref] => [r, choices[r.index]!]) }];
    }
    case 'ordering':
      return [{ kind: 'sequencing', steps: refs(stepIds(q)) }];
    case 'scenario':
      return refs(q.endings.map((e) => e.id))
        .filter((r) => q.endings[r.index]!.best)
        .map((r) => ({ kind: 'choice', picks: [r] }));
    case 'reflection':
      return [];
  }
}

/**
 * SCORM 1.2 identifies options, matches and steps by one character each, 0-9 or a-z. Letters come first so
 * options without author ids keep their site names (a, b, c…); past 36 there is no character left.
 */
const CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function format12(r: Response): string | undefined {
  const char = (ref: Ref) => CHARACTERS[ref.index];
  switch (r.kind) {
    case 'true-false':
      return r.value ? 't' : 'f';
    case 'choice':
      return join(r.picks.map(char), ',');
    case 'matching':
      return join(r.pairs.map(([s, t]) => (char(s) && char(t) ? `${char(s)}.${char(t)}` : undefined)), ',');
    case 'sequencing':
      return join(r.steps.map(char), ',');
  }
}

/** SCORM 2004 short identifiers may not contain "~", which marks a matching distractor; "_" never appears in author ids. */
const shortId = (id: string) => id.replace(/^~(\d+)$/, (_, i: string) => `distractor_${Number(i) + 1}`);

function format2004(r: Response): string {
  switch (r.kind) {
    case 'true-false':
      return String(r.value);
    case 'choice':
      return r.picks.map((p) => shortId(p.id)).join('[,]');
    case 'matching':
      return r.pairs.map(([s, t]) => `${shortId(s.id)}[.]${shortId(t.id)}`).join('[,]');
    case 'sequencing':
      return r.steps.map((s) => shortId(s.id)).join('[,]');
  }
}

function join(parts: (string | undefined)[], separator: string): string | undefined {
  return parts.every((p) => p !== undefined) ? parts.join(separator) : undefined;
}

/** The interaction's elements, each named after `cmi.interactions.n.`, in the order the data model needs them (type first). */
export function interactionFields(version: ScormVersion, a: AnsweredQuestion): [string, string][] {
  if (a.question.type === 'reflection') return [];
  const response = learnerResponse(a.question, a.answer);
  const correct = correctResponses(a.question);
  const latency = a.availableAt !== null && a.respondedAt >= a.availableAt ? a.respondedAt - a.availableAt : null;
  const fields: [string, string][] = [
    ['id', interactionId(a.quizId, a.question.id)],
    ['type', typeOf(a.question)],
  ];
  if (version === '1.2') {
    fields.push(['time', cmiTime(new Date(a.respondedAt))]);
    const patterns = correct.map(format12);
    if (patterns.every((p) => p !== undefined)) {
      patterns.forEach((p, k) => fields.push([`correct_responses.${k}.pattern`, fitList(p, ',', LIMITS['1.2'].feedback)]));
    }
    const given = response && format12(response);
    if (given !== undefined && given !== null) fields.push(['student_response', fitList(given, ',', LIMITS['1.2'].feedback)]);
    fields.push(['result', a.correct ? 'correct' : 'wrong']);
    if (latency !== null) fields.push(['latency', cmiTimespan(latency)]);
  } else {
    fields.push(['timestamp', isoTimestamp(new Date(a.availableAt ?? a.respondedAt))]);
    correct.forEach((r, k) => fields.push([`correct_responses.${k}.pattern`, fitList(format2004(r), '[,]', LIMITS['2004'].feedback)]));
    if (response) fields.push(['learner_response', fitList(format2004(response), '[,]', LIMITS['2004'].feedback)]);
    fields.push(['result', a.correct ? 'correct' : 'incorrect']);
    if (latency !== null) fields.push(['latency', isoDuration(latency)]);
  }
  return fields;
}
