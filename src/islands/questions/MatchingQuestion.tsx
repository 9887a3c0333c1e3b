import type { Question } from '../../schemas/quiz-schema.ts';
import { matchChoices, pairIds } from '../../lib/answers.ts';
import { seededShuffle } from '../../lib/seeded-shuffle.ts';
import type { QuestionView } from '../quiz-context.ts';

/** Matching without dragging: each item has a list to choose its match from. */
export function MatchingQuestion({ question, view }: { question: Extract<Question, { type: 'matching' }>; view: QuestionView }) {
  const ids = pairIds(question);
  const choices = seededShuffle(matchChoices(question), view.seed, question.id);
  const matches = view.answer?.type === 'matching' ? view.answer.matches : {};
  const textOf = (id: string) => choices.find((c) => c.id === id)?.text;
  return (
    <ul class="matching" role="list">
      {question.pairs.map((pair, i) => {
        const pairId = ids[i]!;
        const selectId = `${view.uid}-${pairId}`;
        const current = matches[pairId];
        return (
          <li>
            <label for={selectId}>{pair.item}</label>
            <select
              id={selectId}
              value={current ?? ''}
              disabled={view.checked}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLSelectElement).value;
                view.onAnswer((previous) => ({ type: 'matching', matches: { ...(previous?.type === 'matching' ? previous.matches : {}), [pairId]: value } }));
              }}
            >
              <option value="" disabled>
                {view.t('quiz.chooseMatch')}
              </option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text}
                </option>
              ))}
            </select>
            {view.checked && current !== undefined && (
              <p class="option-feedback">{current === pairId ? view.t('quiz.rightMatch') : view.t('quiz.wrongMatch', { choice: textOf(current) })}</p>
            )}
            {view.reveal && current !== pairId && <p class="option-feedback">{view.t('quiz.theRightMatch', { match: pair.match })}</p>}
          </li>
        );
      })}
    </ul>
  );
}
