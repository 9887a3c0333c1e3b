import { useState } from 'preact/hooks';
import type { Question } from '../../schemas/quiz-schema.ts';
import { stepIds } from '../../lib/answers.ts';
import { seededDerangement } from '../../lib/seeded-shuffle.ts';
import type { QuestionView } from '../quiz-context.ts';

/** Put steps in order with "Move up" and "Move down" buttons; each move is announced. */
export function OrderingQuestion({ question, view }: { question: Extract<Question, { type: 'ordering' }>; view: QuestionView }) {
  const ids = stepIds(question);
  const textOf = (id: string) => question.steps[ids.indexOf(id)]!.text;
  const shown = seededDerangement(ids, view.seed, question.id);
  const order = view.answer?.type === 'ordering' ? view.answer.order : shown;
  const [announcement, setAnnouncement] = useState('');
  const move = (id: string, by: -1 | 1) => {
    const from = order.indexOf(id);
    view.onAnswer((previous) => {
      const next = [...(previous?.type === 'ordering' ? previous.order : shown)];
      const at = next.indexOf(id);
      next.splice(at, 1);
      next.splice(at + by, 0, id);
      return { type: 'ordering', order: next };
    });
    const to = from + by;
    setAnnouncement(view.t('quiz.moved', { step: textOf(id), position: to + 1, count: order.length }));
    // Keep the focus on the moved step, on a button that can still be pressed.
    const atEdge = (by === -1 && to === 0) || (by === 1 && to === order.length - 1);
    const direction = atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    requestAnimationFrame(() => document.getElementById(`${view.uid}-${id}-${direction}`)?.focus());
  };
  return (
    <>
      <ol class="ordering">
        {order.map((id, i) => (
          <li key={id}>
            <span class="step-text" id={`${view.uid}-${id}`}>
              {textOf(id)}
            </span>
            {view.reveal && ids[i] !== id && <span class="answer-tag"> {view.t('quiz.shouldBe', { number: ids.indexOf(id) + 1 })}</span>}
            {!view.checked && (
              <span class="move-buttons">
                <button type="button" id={`${view.uid}-${id}-up`} disabled={i === 0} aria-describedby={`${view.uid}-${id}`} onClick={() => move(id, -1)}>
                  {view.t('quiz.moveUp')}
                </button>
                <button type="button" id={`${view.uid}-${id}-down`} disabled={i === order.length - 1} aria-describedby={`${view.uid}-${id}`} onClick={() => move(id, 1)}>
                  {view.t('quiz.moveDown')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
