import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizProps } from '../schemas/outline.ts';
import type { Question } from '../schemas/quiz-schema.ts';
import { stepIds, type Answer } from '../lib/answers.ts';
import { recordQuiz } from '../lib/progress-updates.ts';
import { isScored } from '../lib/scoring.ts';
import { seededDerangement } from '../lib/seeded-shuffle.ts';
import type { QuizDefinition, QuizEvent } from '../machines/quiz-machine.ts';
import type { QuizProgressRecord } from '../schemas/progress-schema.ts';
import { restoreQuiz, stepQuiz } from '../machines/quiz-progress.ts';
import { isComplete } from '../lib/answers.ts';
import { emptyRecord } from '../lib/progress-codec.ts';
import { translator, type Translate } from '../lib/messages.ts';
import type { QuizMessageKey } from '../lib/quiz-messages.ts';
import { $progress, startProgress, updateProgress } from '../stores/progress-store.ts';
import type { QuestionView } from './quiz-context.ts';
import { ChoiceQuestion } from './questions/ChoiceQuestion.tsx';
import { MatchingQuestion } from './questions/MatchingQuestion.tsx';
import { OrderingQuestion } from './questions/OrderingQuestion.tsx';
import { ReflectionQuestion } from './questions/ReflectionQuestion.tsx';
import { ScenarioQuestion } from './questions/ScenarioQuestion.tsx';
import { Verdict } from './questions/Verdict.tsx';

/**
 * A knowledge check or the final assessment. The quiz machine decides every change; this component only
 * sends events and shows the state, which lives in the progress store (and so in every open tab).
 */
export default function Quiz(props: QuizProps) {
  const live = useStore($progress);
  // Preact's hydration keeps the server's markup as it is, so the first render must match it (no progress);
  // the learner's stored progress is shown from the next render on.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startProgress();
    setHydrated(true);
  }, []);
  const progress = hydrated ? live : SERVER_PROGRESS;
  const t = translator<QuizMessageKey>(props.messages, props.messages, props.locale);
  const summary = useRef<HTMLDivElement>(null);
  /** Set by "Check": the result takes the focus once it is on screen, after the feedback above it has been laid out. */
  const focusResult = useRef(false);
  /** The learner pressed "Check" with questions unanswered: say which. */
  const [blocked, setBlocked] = useState(false);
  const definition: QuizDefinition = { questions: props.questions, passMark: props.passMark, maxAttempts: props.maxAttempts };
  const stored = progress.courses[props.courseId]?.quizzes[props.quizId];
  const snapshot = restoreQuiz(definition, stored);
  const { answers, attempts, lastPercent, bestPercent, results } = snapshot.context;
  const state = snapshot.value as keyof typeof STATE_KEY;
  const checked = state === 'feedback' || state === 'passed' || state === 'failed';
  const reveal = state === 'passed' || state === 'failed';
  const scored = props.questions.filter(isScored);
  const missing = scored.filter((q) => !isComplete(q, answers[q.id]) && q.type !== 'ordering');
  const uid = `q-${props.quizId}`;
  const reflectionsOnly = scored.length === 0;
  const storiesOnly = !reflectionsOnly && scored.every((q) => q.type === 'scenario');
  // A knowledge check is lesson content: search finds its title and question prompts, but never its options,
  // feedback or explanations, so it cannot give an answer away. The final assessment is not searchable at all.
  const searchable = props.kind === 'check' ? '' : undefined;

  /** Applies an event to the freshest stored quiz; `event` may be worked out from that stored quiz. */
  const send = (event: QuizEvent | ((stored: QuizProgressRecord | undefined) => QuizEvent | null), questionId?: string) =>
    updateProgress((record) => {
      const stored = record.courses[props.courseId]?.quizzes[props.quizId];
      const e = typeof event === 'function' ? event(stored) : event;
      if (!e) return record;
      return recordQuiz(record, props.courseId, props.page, props.quizId, stepQuiz(definition, stored, e, Date.now()), questionId);
    });

  const check = (e: Event) => {
    e.preventDefault();
    const first = missing[0];
    setBlocked(first !== undefined);
    if (first) {
      document.getElementById(`${uid}--${first.id}`)?.querySelector('legend')?.focus();
      return;
    }
    // An ordering question left as shown is still an answer: the order on screen.
    for (const q of scored) {
      if (q.type === 'ordering') {
        send((stored) => (stored?.answers[q.id] ? null : { type: 'quiz.answer', questionId: q.id, answer: shownOrder(q, progress.seed) }), q.id);
      }
    }
    focusResult.current = true;
    send({ type: 'quiz.check' });
  };

  const retry = () => {
    send({ type: 'quiz.retry' });
    // Trying a story again means starting it again.
    if (storiesOnly) for (const q of scored) send({ type: 'quiz.answer', questionId: q.id, answer: { type: 'scenario', path: [] } }, q.id);
    requestAnimationFrame(() => document.getElementById(`${uid}-q1`)?.focus());
  };

  useEffect(() => {
    if (!focusResult.current || !checked) return;
    focusResult.current = false;
    summary.current?.focus();
  });

  const view = (q: Question): QuestionView => ({
    t,
    uid: `${uid}--${q.id}`,
    answer: answers[q.id],
    state: snapshot.value as QuestionView['state'],
    checked: checked && q.type !== 'reflection',
    reveal,
    right: checked && isScored(q) ? results[q.id] : undefined,
    seed: progress.seed,
    shuffle: props.shuffle,
    onAnswer: (change) => {
      send((stored) => {
        const answer = typeof change === 'function' ? change(stored?.answers[q.id]) : change;
        return { type: 'quiz.answer', questionId: q.id, answer };
      }, q.id);
      // A story needs no separate "Check": reaching an ending is the answer, so check at once.
      if (storiesOnly) send((stored) => (scored.every((s) => isComplete(s, stored?.answers[s.id])) ? { type: 'quiz.check' } : null));
    },
  });

  return (
    <section class={`quiz quiz-${props.kind}`} aria-labelledby={`${uid}-title`} data-quiz={props.quizId} data-state={state}>
      {/* Pagefind takes a heading as a place results can link to only inside an indexed element, not as one. */}
      <header data-pagefind-body={searchable}>
        <h2 id={`${uid}-title`} lang={props.contentLanguage}>{props.title}</h2>
      </header>
      {!reflectionsOnly && <p class="quiz-rules">{rules(props, attempts, t)}</p>}
      {!hydrated && <p class="hint">{t('quiz.loading')}</p>}
      <form onSubmit={check} noValidate>
        {/* Until the quiz runs, nothing can be answered, so no early click is lost. */}
        <fieldset class="quiz-body" disabled={!hydrated}>
        {props.questions.map((q, i) => (
          <fieldset class={`question question-${q.type}`} id={`${uid}--${q.id}`} data-question={q.id} data-pagefind-body={searchable}>
            <legend id={`${uid}-q${i + 1}`} tabIndex={-1}>
              <span class="question-number" data-pagefind-ignore>
                {q.type === 'scenario' ? t('quiz.scenario') : q.type === 'reflection' ? t('quiz.reflection') : t('quiz.questionOf', { number: i + 1, count: props.questions.length })}
              </span>
              <span class="question-prompt" lang={props.contentLanguage}>{q.prompt}</span>
            </legend>
            <div data-pagefind-ignore>
              {renderQuestion(q, view(q))}
              {checked && isScored(q) && <Verdict right={results[q.id]} t={t} />}
              {checked && q.explanation && <p class="explanation">{q.explanation}</p>}
            </div>
          </fieldset>
        ))}
        <div class="quiz-summary" ref={summary} tabIndex={-1} role="status" aria-live="polite">
          {checked && lastPercent !== null && (
            <>
              <p class="score">
                {t('quiz.score', { right: Object.values(results).filter(Boolean).length, count: scored.length, percent: lastPercent })}
                {props.kind === 'assessment' && bestPercent !== null && bestPercent !== lastPercent && ` ${t('quiz.best', { percent: bestPercent })}`}
              </p>
              {STATE_KEY[state] && <p>{t(STATE_KEY[state])}</p>}
            </>
          )}
        </div>
        {!reflectionsOnly && !storiesOnly && !checked && (
          <button type="submit" class="button" aria-describedby={blocked && missing.length > 0 ? `${uid}-missing` : undefined}>
            {t('quiz.check')}
          </button>
        )}
        {!reflectionsOnly && !checked && blocked && missing.length > 0 && (
          <p class="hint" id={`${uid}-missing`}>
            {t('quiz.missing', { questions: missing.map((q) => t('quiz.missingQuestion', { number: props.questions.indexOf(q) + 1 })).join(', ') })}
          </p>
        )}
        {state === 'feedback' && (
          <button type="button" class="button" onClick={retry}>
            {t('quiz.retry')}
          </button>
        )}
        </fieldset>
      </form>
    </section>
  );
}

const SERVER_PROGRESS = emptyRecord('');

const STATE_KEY: Record<string, QuizMessageKey | undefined> = { feedback: 'quiz.feedback', passed: 'quiz.passed', failed: 'quiz.failed' };

function rules(props: QuizProps, attempts: number, t: Translate<QuizMessageKey>): string {
  if (props.maxAttempts === null) return t('quiz.rulesUnlimited', { note: props.answersNote });
  const left = Math.max(props.maxAttempts - attempts, 0);
  return t('quiz.rules', { percent: props.passMark, count: props.maxAttempts, left });
}

function shownOrder(q: Extract<Question, { type: 'ordering' }>, seed: string): Answer {
  return { type: 'ordering', order: seededDerangement(stepIds(q), seed, q.id) };
}

function renderQuestion(q: Question, view: QuestionView) {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return <ChoiceQuestion question={q} view={view} />;
    case 'matching':
      return <MatchingQuestion question={q} view={view} />;
    case 'ordering':
      return <OrderingQuestion question={q} view={view} />;
    case 'scenario':
      return <ScenarioQuestion question={q} view={view} />;
    case 'reflection':
      return <ReflectionQuestion question={q} view={view} />;
  }
}
